import type { NextRequest } from "next/server";
import { apiRead } from "@/lib/api/v1/handler";
import { listNegotiations } from "@/lib/api/v1/reads";

export async function GET(request: NextRequest) {
  return apiRead(request, () => listNegotiations());
}
