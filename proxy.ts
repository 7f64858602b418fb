import { NextResponse, type NextRequest } from "next/server";
import { serverEnv } from "@/lib/env";
import { FixedWindowLimiter } from "@/lib/fixed-window-limiter";

// Only an early redirect for people without a session cookie. It proves nothing: every page,
// server action and route handler checks the session and the permission itself.
const PUBLIC_PREFIXES = ["/sign-in", "/setup", "/invite/", "/share/", "/api/auth/", "/api/health"];
/** Also set on share pages by next.config.ts; repeated here for the proxy's own 429 answer. */
const SHARE_HEADERS = { "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex, nofollow", "Cache-Control": "no-store" };
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

let shareLimiter: FixedWindowLimiter | undefined;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/share/")) {
    shareLimiter ??= new FixedWindowLimiter(serverEnv().SHARE_RATE_LIMIT_PER_MINUTE, 60_000);
    const address = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
    const { isAllowed, retryAfterSeconds } = shareLimiter.hit(address);
    if (!isAllowed) {
      return new NextResponse("Too many requests. Try again in a minute.", {
        status: 429,
        headers: { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", ...SHARE_HEADERS },
      });
    }
  }
  if (PUBLIC_PREFIXES.some((prefix) => pathname === prefix.replace(/\/$/, "") || pathname.startsWith(prefix))) {
    return NextResponse.next();
  }
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Please sign in.", code: "UNAUTHENTICATED" }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Icons and the web manifest are public: browsers fetch them on the sign-in page too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|manifest.webmanifest).*)"],
};
