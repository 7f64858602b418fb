import { NextResponse, type NextRequest } from "next/server";
import { pickableSources } from "@/lib/sources/queries";

/** Source search for the update form's picker. */
export async function GET(request: NextRequest) {
  const query = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  return NextResponse.json({ sources: await pickableSources(query) }, { headers: { "Cache-Control": "no-store" } });
}
