const PLACEHOLDER_ORIGIN = "http://parley.invalid";

/**
 * A path on this site to send the browser to, or `fallback`. Anything that is not plainly a local
 * path is refused rather than repaired: the check runs on the raw text (before a URL parser
 * normalises "/./" or decodes "%2F") and again on the parsed result, because browsers read
 * "//host", "/\host", "/.//host" and tab- or newline-split variants as another host.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2048) return fallback;
  // Control characters and backslashes: browsers strip or turn them into "/", so a path with one
  // can become "//host" after the check.
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  if (!target.startsWith("/") || target.startsWith("//")) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return fallback;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(target, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  // "/.//evil.example" normalises to "//evil.example": a protocol-relative URL to another host.
  if (url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where to return after sign-in, from the `callbackUrl` query parameter. */
export function safeCallbackPath(callbackUrl: string | undefined): string {
  return safeRedirectPath(callbackUrl, "/");
}
