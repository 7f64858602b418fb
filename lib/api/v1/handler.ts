import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { getActor, type Actor } from "@/lib/auth/actor";
import { serverEnv } from "@/lib/env";
import { AppError, HTTP_STATUS, isAppError, type AppErrorCode } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/fields";

/** Every /api/v1 failure has this one shape. */
export function apiError(status: number, code: string, error: string, fieldErrors: Record<string, string[]> = {}, headers?: HeadersInit) {
  return NextResponse.json({ error, code, fieldErrors }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export interface ApiCaller {
  actor: Actor;
  /** null for a browser session (the API page); else the token's id. */
  tokenId: string | null;
  canWrite: boolean;
}

/**
 * Who is calling: a bearer token (read fresh, so revocation, expiry and deactivation act on the next
 * request), or else the signed-in browser session. Returns the caller or the error response.
 */
export async function identify(request: NextRequest): Promise<ApiCaller | NextResponse> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    // The token's budget is counted in PostgreSQL, in the same statement that reads the token, so
    // it is one budget however many app processes serve it.
    const found = match?.[1] ? await authenticateApiToken(match[1], new Date(), serverEnv().API_RATE_LIMIT_PER_MINUTE) : null;
    if (!found)
      return apiError(401, "UNAUTHENTICATED", "The token is missing, unknown, expired or revoked.", {}, { "WWW-Authenticate": 'Bearer realm="parley"' });
    const hit = found.rateLimit;
    if (hit && !hit.isAllowed) {
      return apiError(429, "RATE_LIMITED", "Too many requests for this token; try again shortly.", {}, { "Retry-After": String(hit.retryAfterSeconds) });
    }
    return { actor: found.actor, tokenId: found.tokenId, canWrite: found.scope === "READ_WRITE" };
  }
  const actor = await getActor();
  if (!actor)
    return apiError(401, "UNAUTHENTICATED", "Send a personal API token as `Authorization: Bearer …`.", {}, { "WWW-Authenticate": 'Bearer realm="parley"' });
  return { actor, tokenId: null, canWrite: true };
}

/** Maps a thrown error to the one error shape; anything unexpected is logged and hidden. */
export function errorResponse(error: unknown): NextResponse {
  if (isAppError(error)) return apiError(HTTP_STATUS[error.code], error.code, error.message, error.fieldErrors ?? {});
  console.error(error);
  return apiError(500, "INTERNAL", "Something went wrong on our side.");
}

export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `No ${what} with that id.`);
}

/** Parses query parameters with a zod schema; a failure becomes 422 with field errors. */
export function parseQuery<S extends z.ZodType>(request: NextRequest, schema: S): z.infer<S> {
  const raw = Object.fromEntries(request.nextUrl.searchParams);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT" satisfies AppErrorCode, "Invalid query parameters.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** A GET endpoint: identify the caller, run the read, answer JSON in the one error shape on failure. */
export async function apiRead(request: NextRequest, read: (caller: ApiCaller) => Promise<unknown>): Promise<NextResponse> {
  try {
    const caller = await identify(request);
    if (caller instanceof NextResponse) return caller;
    return NextResponse.json(await read(caller), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
