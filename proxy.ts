import { NextResponse, type NextRequest } from "next/server";
import { serverEnv } from "@/lib/env";
import {
  FORM_BODY_LIMIT_BYTES,
  KNOWN_METHODS,
  SAFE_METHODS,
  allowedOriginsOf,
  authEndpointViolation,
  bodySizeViolation,
  crossSiteViolation,
  malformedPathViolation,
  type RuleViolation,
} from "@/lib/http/request-rules";
import { clientAddressOf } from "@/lib/http/client-address";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { rateLimitedShareAnswer, shareRateLimit } from "@/lib/share-links/share-rate-limit";

// Only an early redirect for people without a session cookie. It proves nothing: every page,
// server action and route handler checks the session and the permission itself.
// /api/v1 checks bearer tokens or the session itself, and answers 401 in its own error shape.
const PUBLIC_PREFIXES = ["/sign-in", "/setup", "/invite/", "/share/", "/api/auth/", "/api/health", "/api/v1/"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function proxy(request: NextRequest) {
  const env = serverEnv();
  const nonce = newNonce();
  const isHttps = env.NEXTAUTH_URL?.startsWith("https:") ?? false;
  const csp = contentSecurityPolicy(nonce, { isDev: env.NODE_ENV === "development", isHttps });
  const isSharePage = request.nextUrl.pathname.startsWith("/share/");
  const headers = {
    "Content-Security-Policy": csp,
    ...securityHeaders({ isHttps, isSharePage }),
  };
  const response = await route(request, csp);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function route(request: NextRequest, csp: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const refusal = refuse(request);
  if (refusal) return refusal;
  if (pathname.startsWith("/share/")) {
    const { isAllowed, retryAfterSeconds } = await shareRateLimit(clientAddressOf(request.headers));
    if (!isAllowed) {
      const { status, body, headers } = rateLimitedShareAnswer(retryAfterSeconds);
      return new NextResponse(body, { status, headers });
    }
  }
  // Next.js takes the nonce for its own scripts from the request's CSP header.
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", csp);
  // Only page renders (GET) need the nonce; forwarding rewritten headers on a POST can stall its body.
  const next = () => (SAFE_METHODS.has(request.method) ? NextResponse.next({ request: { headers: forwarded } }) : NextResponse.next());
  if (PUBLIC_PREFIXES.some((prefix) => pathname === prefix.replace(/\/$/, "") || pathname.startsWith(prefix))) return next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Please sign in.", code: "UNAUTHENTICATED" }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

/**
 * Requests refused before any route sees them, with a 4xx instead of the 500 Next.js would give:
 * unknown methods, paths that are not valid percent-encoded UTF-8, and writes to pages (server
 * actions, next-auth forms) that come from another site or are larger than any form we have.
 * The JSON API applies the same rules itself (lib/api/json-write.ts) with its own body limit.
 */
function refuse(request: NextRequest): NextResponse | null {
  const violation = violationOf(request);
  if (!violation) return null;
  const headers: Record<string, string> = violation.status === 405 ? { Allow: [...KNOWN_METHODS].join(", ") } : {};
  if (request.nextUrl.pathname.startsWith("/api/") || request.headers.get("accept")?.includes("application/json")) {
    return NextResponse.json({ error: violation.message, code: violation.code }, { status: violation.status, headers });
  }
  return new NextResponse(violation.message, { status: violation.status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

function violationOf(request: NextRequest): RuleViolation | null {
  if (!KNOWN_METHODS.has(request.method)) return { status: 405, code: "METHOD_NOT_ALLOWED", message: `${request.method} is not supported.` };
  const malformed = malformedPathViolation(request.nextUrl.pathname);
  if (malformed) return malformed;
  const auth = authEndpointViolation(request.method, request.nextUrl.pathname, request.headers, request.nextUrl.searchParams.get("callbackUrl"));
  if (auth) return auth;
  if (SAFE_METHODS.has(request.method)) return null;
  const crossSite = crossSiteViolation(request.headers, allowedOriginsOf(request.headers, request.url, serverEnv().NEXTAUTH_URL));
  if (crossSite) return crossSite;
  if (!request.nextUrl.pathname.startsWith("/api/") || request.nextUrl.pathname.startsWith("/api/auth/")) {
    return bodySizeViolation(request.headers, FORM_BODY_LIMIT_BYTES);
  }
  return null;
}

export const config = {
  // Icons and the web manifest are public: browsers fetch them on the sign-in page too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|manifest.webmanifest).*)"],
};
