import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { apiError, errorResponse, identify, type ApiCaller } from "@/lib/api/v1/handler";
import { readJsonBody } from "@/lib/api/json-write";
import { serverEnv } from "@/lib/env";
import { allowedOriginsOf, crossSiteViolation } from "@/lib/http/request-rules";
import { fieldErrorsOf } from "@/lib/validation/fields";

/**
 * A write endpoint: who is calling (401), a browser session from another site (403; a bearer token
 * cannot ride on a visitor's cookie, so token requests skip that rule), a read-only token (403),
 * then the body rules of every JSON write (415, 413, 400) and the form's own schema (422). The
 * mutation in lib/ checks the permission itself, as it does for the form.
 */
export async function apiWrite<S extends z.ZodType>(
  request: NextRequest,
  schema: S | null,
  write: (caller: ApiCaller, input: z.infer<S> | undefined) => Promise<unknown>,
  successStatus = 200,
  limitBytes?: number,
): Promise<NextResponse> {
  try {
    const caller = await identify(request);
    if (caller instanceof NextResponse) return caller;
    if (caller.tokenId === null) {
      const crossSite = crossSiteViolation(request.headers, allowedOriginsOf(request.headers, request.url, serverEnv().NEXTAUTH_URL));
      if (crossSite) return apiError(crossSite.status, crossSite.code, crossSite.message);
    }
    if (!caller.canWrite) return apiError(403, "TOKEN_READ_ONLY", "This token may only read; create a read-and-write token to change anything.");
    let input: z.infer<S> | undefined;
    if (schema) {
      const body = await readJsonBody(request, schema, limitBytes);
      if ("violation" in body) return apiError(body.violation.status, body.violation.code, body.violation.message);
      if ("error" in body) return apiError(422, "INVALID_INPUT", "Invalid input", fieldErrorsOf(body.error));
      input = body.input;
    }
    const result = await write(caller, input);
    return result === undefined ? new NextResponse(null, { status: 204 }) : NextResponse.json(result, { status: successStatus });
  } catch (error) {
    return errorResponse(error);
  }
}
