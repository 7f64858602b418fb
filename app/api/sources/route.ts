import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { pickableSources } from "@/lib/sources/queries";

/** Source search for the update form's picker; any signed-in person may read. */
export async function GET(request: NextRequest) {
  if (!(await getActor())) return NextResponse.json({ error: "Please sign in.", code: "UNAUTHENTICATED" }, { status: 401 });
  const query = (request.nextUrl.searchParams.get("q") ?? "").replaceAll("\u0000", "").toWellFormed().slice(0, 200);
  return NextResponse.json({ sources: await pickableSources(query) }, { headers: { "Cache-Control": "no-store" } });
}
