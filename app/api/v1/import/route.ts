import type { NextRequest } from "next/server";
import { z } from "zod";
import { apiWrite, apiWriteWithProgress, wantsProgress } from "@/lib/api/v1/write";
import { IMPORT_LIMIT_BYTES } from "@/lib/data-import/limits";
import { importDocument } from "@/lib/data-import/import-document";
import type { ImportProgress } from "@/lib/data-import/import-progress";

/**
 * The body is checked by importDocument against the export schema, naming the first bad record. With
 * `Accept: application/x-ndjson` (the Import page) the answer streams the check's and the load's
 * progress, record counts included, before the result.
 */
export async function POST(request: NextRequest) {
  if (wantsProgress(request))
    return apiWriteWithProgress<z.ZodUnknown, ImportProgress>(
      request,
      z.unknown(),
      (caller, document, report) => importDocument(caller.actor, document, report),
      201,
      IMPORT_LIMIT_BYTES,
    );
  return apiWrite(request, z.unknown(), (caller, document) => importDocument(caller.actor, document), 201, IMPORT_LIMIT_BYTES);
}
