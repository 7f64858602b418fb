import type { NextRequest } from "next/server";
import { apiRead } from "@/lib/api/v1/handler";
import { getUpdate } from "@/lib/api/v1/reads";
import { apiWrite } from "@/lib/api/v1/write";
import { deleteUpdate } from "@/lib/updates/delete-update";
import { editUpdate } from "@/lib/updates/edit-update";
import { logUpdateSchema } from "@/lib/validation/update";

type Context = { params: Promise<{ updateId: string }> };

export async function GET(request: NextRequest, { params }: Context) {
  const { updateId } = await params;
  return apiRead(request, () => getUpdate(updateId));
}

/** Replaces an update's content, like the edit form: the earlier version is kept as a revision. */
export async function PATCH(request: NextRequest, { params }: Context) {
  const { updateId } = await params;
  return apiWrite(request, logUpdateSchema, async (caller, input) => {
    await editUpdate(caller.actor, updateId, input!);
    return getUpdate(updateId);
  });
}

/** Soft-deletes an update (it stays in the history); 204, or 404 when already deleted. */
export async function DELETE(request: NextRequest, { params }: Context) {
  const { updateId } = await params;
  return apiWrite(request, null, async (caller) => {
    await deleteUpdate(caller.actor, updateId);
    return undefined;
  });
}
