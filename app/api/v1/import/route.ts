import type { NextRequest } from "next/server";
import { z } from "zod";
import { apiWrite } from "@/lib/api/v1/write";
import { IMPORT_LIMIT_BYTES } from "@/lib/data-import/limits";
import { importDocument } from "@/lib/data-import/import-document";

/** The body is checked by importDocument against the export schema, naming the first bad record. */
export async function POST(request: NextRequest) {
  return apiWrite(request, z.unknown(), (caller, document) => importDocument(caller.actor, document), 201, IMPORT_LIMIT_BYTES);
}
