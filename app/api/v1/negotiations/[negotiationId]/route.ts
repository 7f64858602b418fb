import type { NextRequest } from "next/server";
import { apiRead } from "@/lib/api/v1/handler";
import { getNegotiation } from "@/lib/api/v1/reads";

export async function GET(request: NextRequest, { params }: { params: Promise<{ negotiationId: string }> }) {
  const { negotiationId } = await params;
  return apiRead(request, () => getNegotiation(negotiationId));
}
