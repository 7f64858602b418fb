import type { NextRequest } from "next/server";
import { listSources } from "@/lib/api/v1/catalog-reads";
import { apiRead, parseQuery } from "@/lib/api/v1/handler";
import { sourceQuerySchema } from "@/lib/api/v1/schemas";

export async function GET(request: NextRequest) {
  return apiRead(request, () => listSources(parseQuery(request, sourceQuerySchema)));
}
