import { describe, expect, it } from "vitest";
import {
  allowedOriginsOf,
  bodySizeViolation,
  crossSiteViolation,
  isRuleViolation,
  jsonContentTypeViolation,
  malformedPathViolation,
  readBodyWithin,
} from "@/lib/http/request-rules";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

const OWN = ["https://parley.example"];

describe("crossSiteViolation", () => {
  it("accepts same-origin browser writes and non-browser clients", () => {
    expect(crossSiteViolation(new Headers({ origin: "https://parley.example", "sec-fetch-site": "same-origin" }), OWN)).toBeNull();
    expect(crossSiteViolation(new Headers(), OWN)).toBeNull();
    expect(crossSiteViolation(new Headers({ "sec-fetch-site": "none" }), OWN)).toBeNull();
  });

  it.each([
    [{ origin: "https://evil.example" }],
    [{ origin: "null" }],
    [{ origin: "https://parley.example.evil.example" }],
    [{ origin: "http://parley.example" }],
    [{ "sec-fetch-site": "cross-site" }],
    // A sibling subdomain is same-site, not same-origin, and may be run by someone else.
    [{ "sec-fetch-site": "same-site", origin: "https://parley.example" }],
  ])("refuses %j with 403", (headers) => {
    expect(crossSiteViolation(new Headers(headers), OWN)?.status).toBe(403);
  });
});

describe("allowedOriginsOf", () => {
  it("includes the public URL and the Host the request came in on", () => {
    const origins = allowedOriginsOf(new Headers({ host: "localhost:3000" }), "http://localhost:3000/api/x", "https://parley.example/app");
    expect(origins).toContain("https://parley.example");
    expect(origins).toContain("http://localhost:3000");
  });
});

describe("body and content type", () => {
  it("answers 413 above the limit and 400 for a malformed length", () => {
    expect(bodySizeViolation(new Headers({ "content-length": "1025" }), 1024)?.status).toBe(413);
    expect(bodySizeViolation(new Headers({ "content-length": "1024" }), 1024)).toBeNull();
    expect(bodySizeViolation(new Headers({ "content-length": "12abc" }), 1024)?.status).toBe(400);
  });

  it("counts bytes actually received, whatever Content-Length said", async () => {
    const big = new Blob([new Uint8Array(5000)]).stream();
    const result = await readBodyWithin(big, 4096);
    expect(isRuleViolation(result) && result.status).toBe(413);
    const small = await readBodyWithin(new Blob(["{}"]).stream(), 4096);
    expect(isRuleViolation(small)).toBe(false);
    expect(new TextDecoder().decode(small as Uint8Array)).toBe("{}");
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp", undefined])(
    "refuses content type %s with 415",
    (type) => {
      expect(jsonContentTypeViolation(new Headers(type ? { "content-type": type } : {}))?.status).toBe(415);
    },
  );

  it("accepts JSON with a charset", () => {
    expect(jsonContentTypeViolation(new Headers({ "content-type": "application/json; charset=utf-8" }))).toBeNull();
  });
});

describe("malformedPathViolation", () => {
  it.each(["/negotiations/%FF", "/share/%C3%28", "/x/%", "/x/%E0%A4%A", "/sources/%00"])("refuses %s with 400", (path) => {
    expect(malformedPathViolation(path)?.status).toBe(400);
  });

  it("accepts encoded UTF-8", () => {
    expect(malformedPathViolation("/negotiations/caf%C3%A9")).toBeNull();
  });
});

describe("security headers", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only over https and no Referer from share pages", () => {
    expect(securityHeaders({ isHttps: true, isSharePage: false })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ isHttps: false, isSharePage: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ isHttps: false, isSharePage: true })["Referrer-Policy"]).toBe("no-referrer");
    expect(securityHeaders({ isHttps: false, isSharePage: false })["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });
});
