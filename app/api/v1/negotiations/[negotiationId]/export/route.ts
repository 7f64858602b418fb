import type { NextRequest } from "next/server";
import { apiDownload } from "@/lib/api/v1/download";
import { parseQuery } from "@/lib/api/v1/handler";
import { exportQuerySchema } from "@/lib/api/v1/schemas";
import { startExport } from "@/lib/data-export/start-export";

export async function GET(request: NextRequest, { params }: { params: Promise<{ negotiationId: string }> }) {
  const { negotiationId } = await params;
  return apiDownload(request, (caller) => {
    const query = parseQuery(request, exportQuerySchema);
    return startExport(caller.actor, { kind: "negotiation", negotiationId, format: query.format, issueId: query.issue });
  });
}
