import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/v1/openapi";

/** Public, like any API's reference: it holds no data. */
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
