"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/run-form-action";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { keepFirstCopiesForUpdate } from "@/lib/sources/checks/check-source";
import { editUpdate } from "@/lib/updates/edit-update";
import { getUpdateIssuePath } from "@/lib/updates/history";
import type { FormState } from "@/lib/validation/fields";
import { logUpdateSchema, withoutBlankNewSources } from "@/lib/validation/update";

// Only the update's id is bound: where to go afterwards is read from the database, not trusted
// from the client.

export async function editUpdateAction(updateId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    logUpdateSchema,
    async (input) => {
      await editUpdate(await getActor(), updateId, input);
      // Sources newly cited by the edit get their first copy after the response, as when logging.
      after(() => keepFirstCopiesForUpdate(updateId));
      const path = (await getUpdateIssuePath(updateId)) ?? "/negotiations";
      revalidatePath(path);
      revalidatePath(`${path}/updates/${updateId}/history`);
      return path;
    },
    withoutBlankNewSources,
  );
}

/** Form action of the timeline's delete button; a refusal comes back to the issue as ?error=CODE. */
export async function deleteUpdateAction(updateId: string, _formData: FormData): Promise<void> {
  const path = (await getUpdateIssuePath(updateId)) ?? "/negotiations";
  let error: string | undefined;
  try {
    await deleteUpdate(await getActor(), updateId);
  } catch (cause) {
    if (!isAppError(cause)) throw cause;
    error = cause.code;
  }
  revalidatePath(path);
  redirect(error ? `${path}?error=${encodeURIComponent(error)}` : path);
}
