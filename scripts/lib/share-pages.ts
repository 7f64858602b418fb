// The app server's share-page cache (lib/share-links/share-page-cache.ts), wired to the app's own
// link lookup, rate limit and visit count. Those are server-only modules: scripts/serve.ts loads this
// file once "server-only" resolves outside Next.js's bundles (./allow-server-only).
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { recordShareLinkOpened } from "@/lib/share-links/resolve-share-link";
import { createSharePageCache } from "@/lib/share-links/share-page-cache";
import { sharePageFingerprint } from "@/lib/share-links/share-page-fingerprint";
import { rateLimitedShareAnswer, shareRateLimit } from "@/lib/share-links/share-rate-limit";

export function createSharePages({ isHttps }: { isHttps: boolean }) {
  return createSharePageCache({
    state: sharePageFingerprint,
    rateLimit: (request) => shareRateLimit(String(request.headers[CLIENT_ADDRESS_HEADER])),
    // As proxy.ts answers, with the headers it puts on every answer.
    refuseRateLimited: (response, retryAfterSeconds) => {
      const { status, body, headers } = rateLimitedShareAnswer(retryAfterSeconds);
      const policy = contentSecurityPolicy(newNonce(), { isHttps });
      response.writeHead(status, { ...headers, ...securityHeaders({ isHttps, isSharePage: true }), "Content-Security-Policy": policy }).end(body);
    },
    recordOpen: recordShareLinkOpened,
    newNonce,
  });
}
