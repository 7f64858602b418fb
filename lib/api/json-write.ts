import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { getActor, type Actor } from "@/lib/auth/actor";
import { validationError } from "@/lib/api/respond";
import { serverEnv } from "@/lib/env";
import {
  JSON_BODY_LIMIT_BYTES,
  allowedOriginsOf,
  bodySizeViolation,
  crossSiteViolation,
  isRuleViolation,
  jsonContentTypeViolation,
  readBodyWithin,
  type RuleViolation,
} from "@/lib/http/request-rules";

export function violationResponse(violation: RuleViolation): NextResponse {
  return NextResponse.json({ error: violation.message, code: violation.code }, { status: violation.status });
}

/**
 * The front door of every JSON write, in this order: same-origin check, who is asking (401 before
 * anything about the body is revealed), content type (415), size (413), JSON syntax (400), schema
 * (422). Returns the actor and parsed input, or the response to send.
 */
export async function acceptJsonWrite<S extends z.ZodType>(
  request: NextRequest,
  schema: S,
): Promise<{ actor: Actor; input: z.infer<S> } | { response: NextResponse }> {
  const crossSite = crossSiteViolation(request.headers, allowedOriginsOf(request.headers, request.url, serverEnv().NEXTAUTH_URL));
  if (crossSite) return { response: violationResponse(crossSite) };
  const actor = await getActor();
  if (!actor) return { response: NextResponse.json({ error: "Please sign in.", code: "UNAUTHENTICATED" }, { status: 401 }) };
  const body = await readJsonBody(request, schema);
  if ("violation" in body) return { response: violationResponse(body.violation) };
  if ("error" in body) return { response: validationError(body.error) };
  return { actor, input: body.input };
}

/** The body rules of every JSON write, after the caller is known: 415, 413, 400, then the schema. */
export async function readJsonBody<S extends z.ZodType>(
  request: NextRequest,
  schema: S,
  limitBytes = JSON_BODY_LIMIT_BYTES,
): Promise<{ input: z.infer<S> } | { violation: RuleViolation } | { error: z.ZodError }> {
  const early = jsonContentTypeViolation(request.headers) ?? bodySizeViolation(request.headers, limitBytes);
  if (early) return { violation: early };
  const bytes = await readBodyWithin(request.body, limitBytes);
  if (isRuleViolation(bytes)) return { violation: bytes };
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes), rejectUnstorableText);
  } catch {
    return {
      violation: {
        status: 400,
        code: "BAD_REQUEST",
        message: "The body is not valid JSON, or holds text that cannot be stored (NUL, lone surrogates).",
      },
    };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { error: parsed.error };
  return { input: parsed.data };
}

/** PostgreSQL cannot store NUL in text nor lone UTF-16 surrogates in JSON, which "\\u0000"/"\\ud800" escapes produce. */
function rejectUnstorableText(_key: string, value: unknown): unknown {
  if (typeof value === "string" && !isStorableText(value)) throw new SyntaxError("unstorable text");
  return value;
}

export function isStorableText(text: string): boolean {
  return text.isWellFormed() && !text.includes("\u0000");
}
