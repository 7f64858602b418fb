"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/run-form-action";
import { getPositionCellPath } from "@/lib/positions/cell-history";
import { deletePosition } from "@/lib/positions/delete-position";
import { editPosition } from "@/lib/positions/edit-position";
import { logPosition } from "@/lib/positions/log-position";
import type { FormState } from "@/lib/validation/fields";
import { editPositionSchema, logPositionSchema } from "@/lib/validation/position";
import { paths } from "@/lib/paths";

// Where to go afterwards is read from the database (the position's cell), never from the client.

function revalidateCell(cellPath: string) {
  const matrixPath = cellPath.split("/").slice(0, 4).join("/");
  revalidatePath(cellPath);
  revalidatePath(matrixPath);
}

export async function logPositionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, logPositionSchema, async (input) => {
    const position = await logPosition(await getActor(), input);
    const path = (await getPositionCellPath(position.id)) ?? paths.negotiations();
    revalidateCell(path);
    return path;
  });
}

export async function editPositionAction(positionId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, editPositionSchema, async (input) => {
    await editPosition(await getActor(), positionId, input);
    const path = (await getPositionCellPath(positionId)) ?? paths.negotiations();
    revalidateCell(path);
    return path;
  });
}

/** The cell history's delete button; a refusal comes back to the cell as ?error=CODE. */
export async function deletePositionAction(positionId: string, _formData: FormData): Promise<void> {
  const path = (await getPositionCellPath(positionId)) ?? paths.negotiations();
  let error: string | undefined;
  try {
    await deletePosition(await getActor(), positionId);
  } catch (cause) {
    if (!isAppError(cause)) throw cause;
    error = cause.code;
  }
  revalidateCell(path);
  redirect(error ? `${path}?error=${encodeURIComponent(error)}` : path);
}
