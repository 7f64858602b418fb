import type { NextRequest } from "next/server";
import { getSourceJson } from "@/lib/api/v1/catalog-reads";
import { apiRead } from "@/lib/api/v1/handler";
import { apiWrite } from "@/lib/api/v1/write";
import { editSource } from "@/lib/sources/edit-source";
import { createSourceSchema } from "@/lib/validation/source";

export async function GET(request: NextRequest, { params }: { params: Promise<{ sourceId: string }> }) {
  const { sourceId } = await params;
  return apiRead(request, () => getSourceJson(sourceId));
}

/** Corrects a source with the edit-source form's fields and rules (URL, title, outlet, republication). */
export async function PATCH(request: NextRequest, { params }: { params: Promise<{ sourceId: string }> }) {
  const { sourceId } = await params;
  return apiWrite(request, createSourceSchema, async (caller, input) => {
    await getSourceJson(sourceId);
    await editSource(caller.actor, sourceId, input!);
    return getSourceJson(sourceId);
  });
}
