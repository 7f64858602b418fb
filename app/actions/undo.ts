"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { undoSchema, type Flash } from "@/lib/flash-message";
import { restoreUpdate } from "@/lib/updates/restore-update";
import { getUpdateIssuePath } from "@/lib/timeline/update-history";

/** The toaster's "Undo": runs the undo its confirmation offered and says how it went. */
export async function undoAction(input: NonNullable<Flash["undo"]>): Promise<{ ok: boolean; message: string }> {
  // A server action's argument comes from the browser: checked like any other input.
  const parsed = undoSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That cannot be undone." };
  const undo = parsed.data;
  try {
    switch (undo.kind) {
      case "update.restore": {
        await restoreUpdate(await getActor(), undo.id);
        const path = await getUpdateIssuePath(undo.id);
        if (path) revalidatePath(path);
        return { ok: true, message: "Update restored." };
      }
    }
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}
