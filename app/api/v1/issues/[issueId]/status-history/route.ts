import type { NextRequest } from "next/server";
import { issueStatusHistory } from "@/lib/api/v1/catalog-reads";
import { apiRead } from "@/lib/api/v1/handler";

export async function GET(request: NextRequest, { params }: { params: Promise<{ issueId: string }> }) {
  const { issueId } = await params;
  return apiRead(request, () => issueStatusHistory(issueId));
}
