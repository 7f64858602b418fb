import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse, identify, type ApiCaller } from "@/lib/api/v1/handler";
import { toByteStream, type StartedExport } from "@/lib/data-export/start-export";

/**
 * A streamed download: identify the caller, start the export (its permission check and audit
 * happen before the first byte, so a refusal is still a proper error), then send it as it is read.
 */
export async function apiDownload(request: NextRequest, start: (caller: ApiCaller) => Promise<StartedExport>): Promise<NextResponse> {
  try {
    const caller = await identify(request);
    if (caller instanceof NextResponse) return caller;
    const started = await start(caller);
    return new NextResponse(toByteStream(started.chunks), {
      headers: {
        "Content-Type": started.contentType,
        "Content-Disposition": `attachment; filename="${started.filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
