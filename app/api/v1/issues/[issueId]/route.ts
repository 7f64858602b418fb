import type { NextRequest } from "next/server";
import { apiRead } from "@/lib/api/v1/handler";
import { getIssue } from "@/lib/api/v1/reads";

export async function GET(request: NextRequest, { params }: { params: Promise<{ issueId: string }> }) {
  const { issueId } = await params;
  return apiRead(request, () => getIssue(issueId));
}
