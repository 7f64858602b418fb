"use server";

import { revalidatePath } from "next/cache";
import { createIssue } from "@/lib/issues/create-issue";
import { editIssue } from "@/lib/issues/edit-issue";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { logUpdate } from "@/lib/updates/log-update";
import type { FormState } from "@/lib/validation/fields";
import { createIssueSchema, editIssueSchema } from "@/lib/validation/issue";
import { logUpdateSchema, withoutBlankNewSources } from "@/lib/validation/update";

export async function createIssueAction(
  negotiation: { id: string; slug: string },
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, createIssueSchema, async (input) => {
    const issue = await createIssue(await getActor(), negotiation.id, input);
    revalidatePath(`/negotiations/${negotiation.slug}`);
    await flash("Issue created.");
    return `/negotiations/${negotiation.slug}/issues/${issue.slug}`;
  });
}

export async function editIssueAction(issuePath: { id: string; path: string }, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, editIssueSchema, async (input) => {
    await editIssue(await getActor(), issuePath.id, input);
    revalidatePath(issuePath.path);
    await flash("Issue saved.");
    return issuePath.path;
  });
}

export async function logUpdateAction(issuePath: { id: string; path: string }, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    logUpdateSchema,
    async (input) => {
      await logUpdate(await getActor(), issuePath.id, input);
      revalidatePath(issuePath.path);
      await flash("Update logged.");
      return issuePath.path;
    },
    withoutBlankNewSources,
  );
}
