/**
 * A same-site path to return to after sign-in, or "/". Parsed as a URL against a dummy origin, so
 * tricks like "/\evil.com" or "/%09/evil.com" that browsers read as another host are refused.
 */
export function safeCallbackPath(callbackUrl: string | undefined): string {
  if (!callbackUrl) return "/";
  const origin = "http://parley.invalid";
  try {
    const url = new URL(callbackUrl, origin);
    if (url.origin !== origin || !callbackUrl.startsWith("/")) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
