/**
 * The rules every state-changing HTTP request must pass before anything reads its body: same
 * origin, a bounded size, and (for the JSON API) a JSON content type. Pure functions over the
 * request's headers, shared by proxy.ts (pages and server actions) and the API's route handlers.
 */

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Methods the app answers at all; TRACE, CONNECT and the like get 405 before reaching a route. */
export const KNOWN_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);
/** Largest JSON body the API accepts. */
export const JSON_BODY_LIMIT_BYTES = 64 * 1024;
/** Largest server-action (form) body; matches serverActions.bodySizeLimit in next.config.mjs. */
export const FORM_BODY_LIMIT_BYTES = 1024 * 1024;

export interface RuleViolation {
  status: 400 | 403 | 405 | 413 | 415;
  code: "BAD_REQUEST" | "CROSS_SITE" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE";
  message: string;
}

/**
 * Refuses a write that a browser sent on behalf of another site. Browsers send Sec-Fetch-Site
 * and/or Origin with every cross-site POST; a request with neither comes from a non-browser
 * client, which cannot ride on a visitor's cookie.
 */
export function crossSiteViolation(headers: Headers, allowedOrigins: readonly string[]): RuleViolation | null {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    return { status: 403, code: "CROSS_SITE", message: "Requests from other sites are not accepted." };
  }
  const origin = headers.get("origin");
  if (origin !== null && !allowedOrigins.includes(origin)) {
    return { status: 403, code: "CROSS_SITE", message: "Requests from other sites are not accepted." };
  }
  return null;
}

/** The origins this app is served from: the public URL when configured, and the Host it was reached by. */
export function allowedOriginsOf(headers: Headers, requestUrl: string, publicUrl: string | undefined): string[] {
  const origins = new Set<string>();
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  const own = new URL(requestUrl);
  origins.add(own.origin);
  const host = headers.get("host");
  if (host) origins.add(`${own.protocol}//${host}`);
  return [...origins];
}

export function bodySizeViolation(headers: Headers, limitBytes: number): RuleViolation | null {
  const length = headers.get("content-length");
  if (length === null) return null;
  if (!/^\d+$/.test(length)) return { status: 400, code: "BAD_REQUEST", message: "Content-Length is not a number." };
  return Number(length) > limitBytes ? tooLarge(limitBytes) : null;
}

export function jsonContentTypeViolation(headers: Headers): RuleViolation | null {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return null;
  return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as application/json." };
}

export function tooLarge(limitBytes: number): RuleViolation {
  return { status: 413, code: "PAYLOAD_TOO_LARGE", message: `The body is larger than ${Math.floor(limitBytes / 1024)} KiB.` };
}

/**
 * Reads a body up to `limitBytes`, stopping as soon as it is exceeded: Content-Length may be absent
 * (chunked) or wrong, so the count of bytes actually received decides.
 */
export async function readBodyWithin(body: ReadableStream<Uint8Array> | null, limitBytes: number): Promise<Uint8Array | RuleViolation> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function isRuleViolation(value: unknown): value is RuleViolation {
  return typeof value === "object" && value !== null && "status" in value && "code" in value && !(value instanceof Uint8Array);
}

/** A path whose percent-encoding does not decode to UTF-8 names nothing here: 400, not a crash. */
export function malformedPathViolation(pathname: string): RuleViolation | null {
  try {
    const decoded = decodeURIComponent(pathname);
    if (decoded.includes("\u0000")) return { status: 400, code: "BAD_REQUEST", message: "The address contains a NUL character." };
    return null;
  } catch {
    return { status: 400, code: "BAD_REQUEST", message: "The address is not valid percent-encoded UTF-8." };
  }
}

/** next-auth's endpoints, by what each answers: reads (GET) and form posts (POST). */
const AUTH_READS = /^\/api\/auth\/(session|csrf|providers|signin|signout|error|verify-request)$|^\/api\/auth\/(signin|callback)\/(?!credentials$)[\w-]+$/;
const AUTH_POSTS = /^\/api\/auth\/(signout|_log)$|^\/api\/auth\/(signin|callback)\/[\w-]+$/;

/**
 * next-auth answers anything it was not built for (a GET to the credentials callback, a POST to
 * /session, a JSON body, HEAD) with a 500. Its endpoints take only what its own pages send: reads
 * by GET, and form posts.
 */
export function authEndpointViolation(method: string, pathname: string, headers: Headers, callbackUrl: string | null = null): RuleViolation | null {
  if (!pathname.startsWith("/api/auth/")) return null;
  // next-auth throws (500) on a callbackUrl that is neither a path nor an http(s) URL.
  if (callbackUrl !== null && !isHttpUrlOrPath(callbackUrl)) return { status: 400, code: "BAD_REQUEST", message: "callbackUrl must be a path on this site." };
  if (method === "GET" && AUTH_READS.test(pathname)) return null;
  if (method === "POST" && AUTH_POSTS.test(pathname)) {
    const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (type === "application/x-www-form-urlencoded") return null;
    return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the form as application/x-www-form-urlencoded." };
  }
  return { status: 405, code: "METHOD_NOT_ALLOWED", message: `${method} ${pathname} is not supported.` };
}

/**
 * What is wrong with a multipart/form-data body, or null when its framing holds: a boundary in the
 * Content-Type, the body opening with it and closing with its end marker. Next.js's form parser
 * fails with a 500 on anything else; browsers never send it.
 */
export function malformedMultipartReason(contentType: string, body: Buffer): string | null {
  const boundary = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return "The form data has no boundary.";
  const text = body.toString("latin1");
  if (!text.startsWith(`--${marker}\r\n`) || !text.includes(`\r\n--${marker}--`)) return "The form data is not framed by its boundary.";
  return null;
}

function isHttpUrlOrPath(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://localhost" : undefined).protocol);
  } catch {
    return false;
  }
}
