/**
 * Response headers every page and API answer carries. The CSP allows scripts only with this
 * request's nonce (Next.js reads it from the request's Content-Security-Policy header and puts it
 * on its own scripts), so an injected <script> cannot run; frame-ancestors 'none' keeps signed-in
 * pages out of other sites' frames.
 */
export function contentSecurityPolicy(nonce: string, { isDev = false, isHttps = false } = {}): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for the development server's hot reloading, never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (React's style prop on charts) cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only when served over https: on plain http it would send requests to a port nothing answers.
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders({ isHttps, isSharePage }: { isHttps: boolean; isSharePage: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Share links carry their token in the path: no Referer at all from them.
    "Referrer-Policy": isSharePage ? "no-referrer" : "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(isHttps ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** 16 random bytes, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
