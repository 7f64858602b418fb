"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { createIssue } from "@/lib/issues/create-issue";
import { editIssue } from "@/lib/issues/edit-issue";
import { getIssuePath, getNegotiationPath } from "@/lib/issues/issue-path";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { keepFirstCopiesForUpdate } from "@/lib/sources/checks/check-source";
import { logUpdate } from "@/lib/updates/log-update";
import type { FormState } from "@/lib/validation/fields";
import { createIssueSchema, editIssueSchema } from "@/lib/validation/issue";
import { logUpdateSchema } from "@/lib/validation/update";
import { paths } from "@/lib/paths";

// Only ids are bound: where to go afterwards is read from the database, not trusted from the client.

export async function createIssueAction(negotiationId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createIssueSchema, async (input) => {
    const issue = await createIssue(await getActor(), negotiationId, input);
    revalidatePath((await getNegotiationPath(negotiationId)) ?? paths.negotiations());
    await flash("Issue created.");
    return (await getIssuePath(issue.id)) ?? paths.negotiations();
  });
}

export async function editIssueAction(issueId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, editIssueSchema, async (input) => {
    await editIssue(await getActor(), issueId, input);
    const path = (await getIssuePath(issueId)) ?? paths.negotiations();
    revalidatePath(path);
    await flash("Issue saved.");
    return path;
  });
}

export async function logUpdateAction(issueId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, logUpdateSchema, async (input) => {
    const update = await logUpdate(await getActor(), issueId, input);
    // Copies of newly cited pages are fetched after the response, so logging never waits on a site.
    after(() => keepFirstCopiesForUpdate(update.id));
    const path = (await getIssuePath(issueId)) ?? paths.negotiations();
    revalidatePath(path);
    await flash("Update logged.");
    return path;
  });
}
