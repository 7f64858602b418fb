"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/run-form-action";
import { getPositionPaths } from "@/lib/positions/cell-history";
import { deletePosition } from "@/lib/positions/delete-position";
import { editPosition } from "@/lib/positions/edit-position";
import { logPosition } from "@/lib/positions/log-position";
import type { FormState } from "@/lib/validation/fields";
import { editPositionSchema, logPositionSchema } from "@/lib/validation/position";
import { paths } from "@/lib/paths";

// Where to go afterwards is read from the database (the position's cell), never from the client.

/** Where a position is shown; a position that has gone leaves only the list of negotiations. */
async function pathsOf(positionId: string): Promise<{ cell: string; matrix: string }> {
  return (await getPositionPaths(positionId)) ?? { cell: paths.negotiations(), matrix: paths.negotiations() };
}

function revalidateCell(where: { cell: string; matrix: string }) {
  revalidatePath(where.cell);
  revalidatePath(where.matrix);
}

export async function logPositionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, logPositionSchema, async (input) => {
    const position = await logPosition(await getActor(), input);
    const where = await pathsOf(position.id);
    revalidateCell(where);
    return where.cell;
  });
}

export async function editPositionAction(positionId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, editPositionSchema, async (input) => {
    await editPosition(await getActor(), positionId, input);
    const where = await pathsOf(positionId);
    revalidateCell(where);
    return where.cell;
  });
}

/** The cell history's delete button; a refusal comes back to the cell as ?error=CODE. */
export async function deletePositionAction(positionId: string, _formData: FormData): Promise<void> {
  const where = await pathsOf(positionId);
  let error: string | undefined;
  try {
    await deletePosition(await getActor(), positionId);
  } catch (cause) {
    if (!isAppError(cause)) throw cause;
    error = cause.code;
  }
  revalidateCell(where);
  redirect(error ? `${where.cell}?error=${encodeURIComponent(error)}` : where.cell);
}
