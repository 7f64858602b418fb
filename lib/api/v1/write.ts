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
    const accepted = await acceptWrite(request, schema, limitBytes);
    if (accepted instanceof NextResponse) return accepted;
    const result = await write(accepted.caller, accepted.input);
    return result === undefined ? new NextResponse(null, { status: 204 }) : NextResponse.json(result, { status: successStatus });
  } catch (error) {
    return errorResponse(error);
  }
}

/** The caller and body of a write, or the response refusing it (the rules of apiWrite). */
async function acceptWrite<S extends z.ZodType>(
  request: NextRequest,
  schema: S | null,
  limitBytes?: number,
): Promise<{ caller: ApiCaller; input: z.infer<S> | undefined } | NextResponse> {
  const caller = await identify(request);
  if (caller instanceof NextResponse) return caller;
  if (caller.tokenId === null) {
    const crossSite = crossSiteViolation(request.headers, allowedOriginsOf(request.headers, request.url, serverEnv().NEXTAUTH_URL));
    if (crossSite) return apiError(crossSite.status, crossSite.code, crossSite.message);
  }
  if (!caller.canWrite) return apiError(403, "TOKEN_READ_ONLY", "This token may only read; create a read-and-write token to change anything.");
  if (!schema) return { caller, input: undefined };
  const body = await readJsonBody(request, schema, limitBytes);
  if ("violation" in body) return apiError(body.violation.status, body.violation.code, body.violation.message);
  if ("error" in body) return apiError(422, "INVALID_INPUT", "Invalid input", fieldErrorsOf(body.error));
  return { caller, input: body.input };
}

/** Whether the client asked for a write's progress as it happens (`Accept: application/x-ndjson`). */
export function wantsProgress(request: NextRequest): boolean {
  return (request.headers.get("accept") ?? "").includes("application/x-ndjson");
}

/**
 * A long write that reports its progress: the same rules as apiWrite answer with their own status
 * codes; once the body is accepted the answer is 200 and NDJSON, one line per progress report the
 * write sends, then a last line `{"status":201,"result":…}`, or `{"status":4xx,"error":…,"code":…,
 * "fieldErrors":…}` as apiWrite would have answered (the write's own transaction has rolled back).
 */
export async function apiWriteWithProgress<S extends z.ZodType, P>(
  request: NextRequest,
  schema: S,
  write: (caller: ApiCaller, input: z.infer<S>, report: (progress: P) => void) => Promise<unknown>,
  successStatus = 200,
  limitBytes?: number,
): Promise<Response> {
  let accepted: Awaited<ReturnType<typeof acceptWrite<S>>>;
  try {
    accepted = await acceptWrite(request, schema, limitBytes);
  } catch (error) {
    return errorResponse(error);
  }
  if (accepted instanceof NextResponse) return accepted;
  const { caller, input } = accepted;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let isOpen = true;
      // A client that has gone away stops hearing; the write still finishes or rolls back whole.
      const send = (line: unknown) => {
        if (!isOpen) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          isOpen = false;
        }
      };
      try {
        const result = await write(caller, input as z.infer<S>, send);
        send({ status: successStatus, result });
      } catch (error) {
        const failed = errorResponse(error);
        send({ status: failed.status, ...((await failed.json()) as object) });
      }
      if (isOpen) controller.close();
    },
    cancel() {
      // Nothing to stop: the write runs to its end (or its rollback) without a listener.
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
}
