"use server";

import { revalidatePath } from "next/cache";
import { createIssue } from "@/lib/issues/create-issue";
import { editIssue } from "@/lib/issues/edit-issue";
import { getIssuePath, getNegotiationPath } from "@/lib/issues/issue-path";
import { getActor } from "@/lib/auth/actor";
import { runFormAction } from "@/lib/forms/run-form-action";
import { logUpdate } from "@/lib/updates/log-update";
import type { FormState } from "@/lib/validation/fields";
import { createIssueSchema, editIssueSchema } from "@/lib/validation/issue";
import { logUpdateSchema, withoutBlankNewSources } from "@/lib/validation/update";

// Only ids are bound: where to go afterwards is read from the database, not trusted from the client.

export async function createIssueAction(negotiationId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createIssueSchema, async (input) => {
    const issue = await createIssue(await getActor(), negotiationId, input);
    revalidatePath((await getNegotiationPath(negotiationId)) ?? "/negotiations");
    return (await getIssuePath(issue.id)) ?? "/negotiations";
  });
}

export async function editIssueAction(issueId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, editIssueSchema, async (input) => {
    await editIssue(await getActor(), issueId, input);
    const path = (await getIssuePath(issueId)) ?? "/negotiations";
    revalidatePath(path);
    return path;
  });
}

export async function logUpdateAction(issueId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    logUpdateSchema,
    async (input) => {
      await logUpdate(await getActor(), issueId, input);
      const path = (await getIssuePath(issueId)) ?? "/negotiations";
      revalidatePath(path);
      return path;
    },
    withoutBlankNewSources,
  );
}
