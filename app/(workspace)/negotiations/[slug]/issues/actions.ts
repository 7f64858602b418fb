"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { createIssue } from "@/lib/issues/create-issue";
import { editIssue } from "@/lib/issues/edit-issue";
import { getActor } from "@/lib/auth/actor";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { keepFirstCopiesForUpdate } from "@/lib/sources/checks/check-source";
import { logUpdate } from "@/lib/updates/log-update";
import type { FormState } from "@/lib/validation/fields";
import { createIssueSchema, editIssueSchema } from "@/lib/validation/issue";
import { logUpdateSchema } from "@/lib/validation/update";
import { paths } from "@/lib/paths";

export async function createIssueAction(
  negotiation: { id: string; slug: string },
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction(formData, createIssueSchema, async (input) => {
    const issue = await createIssue(await getActor(), negotiation.id, input);
    revalidatePath(paths.negotiation(negotiation));
    await flash("Issue created.");
    return paths.issue(negotiation, issue.slug);
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
      const update = await logUpdate(await getActor(), issuePath.id, input);
      // Copies of newly cited pages are fetched after the response, so logging never waits on a site.
      after(() => keepFirstCopiesForUpdate(update.id));
      revalidatePath(issuePath.path);
      await flash("Update logged.");
      return issuePath.path;
    }
  );
}
