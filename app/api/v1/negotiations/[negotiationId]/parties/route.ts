import type { NextRequest } from "next/server";
import { listParties } from "@/lib/api/v1/catalog-reads";
import { apiRead } from "@/lib/api/v1/handler";

export async function GET(request: NextRequest, { params }: { params: Promise<{ negotiationId: string }> }) {
  const { negotiationId } = await params;
  return apiRead(request, () => listParties(negotiationId));
}
