import type { NextRequest } from "next/server";
import { apiDownload } from "@/lib/api/v1/download";
import { startExport } from "@/lib/data-export/start-export";

export async function GET(request: NextRequest) {
  return apiDownload(request, (caller) => startExport(caller.actor, { kind: "workspace" }));
}
