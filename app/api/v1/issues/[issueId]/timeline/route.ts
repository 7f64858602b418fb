import type { NextRequest } from "next/server";
import { apiRead, parseQuery } from "@/lib/api/v1/handler";
import { issueTimeline } from "@/lib/api/v1/reads";
import { timelineQuerySchema } from "@/lib/api/v1/schemas";

export async function GET(request: NextRequest, { params }: { params: Promise<{ issueId: string }> }) {
  const { issueId } = await params;
  return apiRead(request, () => issueTimeline(issueId, parseQuery(request, timelineQuerySchema)));
}
