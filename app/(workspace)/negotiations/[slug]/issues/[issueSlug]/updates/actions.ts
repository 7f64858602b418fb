"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { flash } from "@/lib/flash";
import { runFormAction } from "@/lib/forms/run-form-action";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { keepFirstCopiesForUpdate } from "@/lib/sources/checks/check-source";
import { editUpdate } from "@/lib/updates/edit-update";
import { getUpdateIssuePath } from "@/lib/timeline/update-history";
import type { FormState } from "@/lib/validation/fields";
import { formDataToObject } from "@/lib/validation/form-data";
import { deleteUpdateSchema, logUpdateSchema } from "@/lib/validation/update";
import { paths } from "@/lib/paths";

// Where to go afterwards is read from the database from the update's id, not trusted from the
// client.

export async function editUpdateAction(updateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, logUpdateSchema, async (input) => {
    await editUpdate(await getActor(), updateId, input);
    // Sources newly cited by the edit get their first copy after the response, as when logging.
    after(() => keepFirstCopiesForUpdate(updateId));
    const path = (await getUpdateIssuePath(updateId)) ?? paths.negotiations();
    revalidatePath(path);
    revalidatePath(`${path}/updates/${updateId}/history`);
    await flash("Update saved. The earlier version is kept in its history.");
    return path;
  });
}

/**
 * Form action of the timeline's delete buttons; the update's id comes in the form (not bound), so
 * a page of entries carries one action reference instead of one per entry. A refusal comes back to
 * the issue as ?error=CODE.
 */
export async function deleteUpdateAction(formData: FormData): Promise<void> {
  const parsed = deleteUpdateSchema.safeParse(formDataToObject(formData));
  // A missing or malformed id names no update: the same answer as one already deleted.
  if (!parsed.success) redirect(`${paths.negotiations()}?error=NOT_FOUND`);
  const { updateId } = parsed.data;
  const path = (await getUpdateIssuePath(updateId)) ?? paths.negotiations();
  let error: string | undefined;
  try {
    await deleteUpdate(await getActor(), updateId);
  } catch (cause) {
    if (!isAppError(cause)) throw cause;
    error = cause.code;
  }
  revalidatePath(path);
  if (!error) await flash("Update deleted.", { kind: "update.restore", id: updateId });
  redirect(error ? `${path}?error=${encodeURIComponent(error)}` : path);
}
