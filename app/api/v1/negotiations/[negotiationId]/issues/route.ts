import type { NextRequest } from "next/server";
import { apiRead, parseQuery } from "@/lib/api/v1/handler";
import { listIssues } from "@/lib/api/v1/reads";
import { issueFilterSchema } from "@/lib/api/v1/schemas";

export async function GET(request: NextRequest, { params }: { params: Promise<{ negotiationId: string }> }) {
  const { negotiationId } = await params;
  return apiRead(request, () => listIssues(negotiationId, parseQuery(request, issueFilterSchema)));
}
