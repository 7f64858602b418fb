import { NextResponse } from "next/server";
import { isDatabaseReachable } from "@/lib/db/health";

export async function GET() {
  const isUp = await isDatabaseReachable();
  return NextResponse.json(
    { status: isUp ? "ok" : "degraded", database: isUp ? "ok" : "unavailable" },
    { status: isUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
