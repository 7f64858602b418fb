import type { NextRequest } from "next/server";
import { apiRead, parseQuery } from "@/lib/api/v1/handler";
import { updateChangesQuerySchema } from "@/lib/api/v1/schemas";
import { updateChanges } from "@/lib/api/v1/update-changes";

export async function GET(request: NextRequest, { params }: { params: Promise<{ issueId: string }> }) {
  const { issueId } = await params;
  return apiRead(request, () => updateChanges(issueId, parseQuery(request, updateChangesQuerySchema)));
}
