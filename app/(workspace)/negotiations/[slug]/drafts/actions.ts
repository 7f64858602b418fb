"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/run-form-action";
import { createDraft } from "@/lib/plan-drafts/create-draft";
import { deleteDraft, setPointIssues, setPointMatch } from "@/lib/plan-drafts/edit-draft";
import { getDraftPaths } from "@/lib/plan-drafts/queries";
import type { FormState } from "@/lib/validation/fields";
import { createDraftSchema, pointIssuesSchema, pointMatchSchema } from "@/lib/validation/plan-draft";
import { paths } from "@/lib/paths";

// Only ids are bound; where to go afterwards is read from the database.

/** Where a draft lives; a draft that has gone leaves only the list of negotiations. */
async function pathsOf(draftId: string): Promise<{ draft: string; list: string }> {
  return (await getDraftPaths(draftId)) ?? { draft: paths.negotiations(), list: paths.negotiations() };
}

export async function createDraftAction(negotiationId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, createDraftSchema, async (input) => {
    const draft = await createDraft(await getActor(), negotiationId, input);
    const where = await pathsOf(draft.id);
    revalidatePath(where.list);
    return where.draft;
  });
}

export async function setPointIssuesAction(draftId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, pointIssuesSchema, async (input) => {
    await setPointIssues(await getActor(), draftId, input);
    revalidatePath((await pathsOf(draftId)).draft);
    return { ok: true, message: "Issue links saved." };
  });
}

/** One row's correction on the cross-walk page; comes back to the same comparison. */
export async function setPointMatchAction(formData: FormData): Promise<void> {
  const parsed = pointMatchSchema.safeParse(Object.fromEntries(formData));
  const backField = formData.get("back");
  const back = typeof backField === "string" ? backField : "";
  // Only our own cross-walk pages: never a redirect to somewhere a form field names.
  const destination = /^\/negotiations\/[a-z0-9-]+\/drafts\/compare\?a=[A-Za-z0-9]+&b=[A-Za-z0-9]+$/.test(back) ? back : paths.negotiations();
  let error: string | undefined;
  if (!parsed.success) error = "INVALID_INPUT";
  else {
    try {
      await setPointMatch(await getActor(), parsed.data);
    } catch (cause) {
      if (!isAppError(cause)) throw cause;
      error = cause.code;
    }
  }
  revalidatePath(destination.split("?")[0] ?? paths.negotiations());
  redirect(error ? `${destination}&error=${encodeURIComponent(error)}` : destination);
}

export async function deleteDraftAction(draftId: string, _formData: FormData): Promise<void> {
  const { draft: path, list } = await pathsOf(draftId);
  let error: string | undefined;
  try {
    await deleteDraft(await getActor(), draftId);
  } catch (cause) {
    if (!isAppError(cause)) throw cause;
    error = cause.code;
  }
  revalidatePath(list);
  redirect(error ? `${path}?error=${encodeURIComponent(error)}` : list);
}
