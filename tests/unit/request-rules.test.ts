import { describe, expect, it } from "vitest";
import {
  allowedOriginsOf,
  bodySizeViolation,
  crossSiteViolation,
  isRuleViolation,
  jsonContentTypeViolation,
  malformedPathViolation,
  readBodyWithin,
  authEndpointViolation,
  malformedMultipartReason,
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

describe("authEndpointViolation", () => {
  const form = new Headers({ "content-type": "application/x-www-form-urlencoded" });
  it("lets through what next-auth's own client sends", () => {
    for (const path of ["/api/auth/session", "/api/auth/csrf", "/api/auth/providers", "/api/auth/callback/github"]) {
      expect(authEndpointViolation("GET", path, new Headers())).toBeNull();
    }
    for (const path of ["/api/auth/callback/credentials", "/api/auth/signout", "/api/auth/signin/github", "/api/auth/_log"]) {
      expect(authEndpointViolation("POST", path, form)).toBeNull();
    }
    expect(
      authEndpointViolation("POST", "/api/auth/callback/credentials", new Headers({ "content-type": "application/x-www-form-urlencoded; charset=UTF-8" })),
    ).toBeNull();
  });

  it("refuses what next-auth would answer with a 500", () => {
    expect(authEndpointViolation("GET", "/api/auth/callback/credentials", new Headers())?.status).toBe(405);
    expect(authEndpointViolation("HEAD", "/api/auth/signin", new Headers())?.status).toBe(405);
    expect(authEndpointViolation("POST", "/api/auth/session", form)?.status).toBe(405);
    expect(authEndpointViolation("POST", "/api/auth/signin/credentials", new Headers({ "content-type": "application/json" }))?.status).toBe(415);
    expect(authEndpointViolation("POST", "/api/auth/signout", new Headers())?.status).toBe(415);
    expect(authEndpointViolation("DELETE", "/api/auth/session", new Headers())?.status).toBe(405);
    for (const callbackUrl of ["1e400", "javascript:alert(1)", "[]"]) {
      expect(authEndpointViolation("GET", "/api/auth/session", new Headers(), callbackUrl)?.status).toBe(400);
    }
    expect(authEndpointViolation("GET", "/api/auth/signin", new Headers(), "/negotiations?x=1")).toBeNull();
  });

  it("leaves every other path alone", () => {
    expect(authEndpointViolation("HEAD", "/api/health", new Headers())).toBeNull();
    expect(authEndpointViolation("POST", "/negotiations", new Headers())).toBeNull();
  });
});

describe("malformedMultipartReason", () => {
  const framed = Buffer.from('------x\r\nContent-Disposition: form-data; name="email"\r\n\r\nabc\r\n------x--\r\n');
  it("accepts a body framed by its boundary, quoted or not", () => {
    expect(malformedMultipartReason("multipart/form-data; boundary=----x", framed)).toBeNull();
    expect(malformedMultipartReason('multipart/form-data; charset=utf-8; boundary="----x"', framed)).toBeNull();
  });
  it("refuses a missing boundary, garbage and an unterminated body", () => {
    expect(malformedMultipartReason("multipart/form-data", framed)).toMatch(/no boundary/);
    expect(malformedMultipartReason("multipart/form-data; boundary=----x", Buffer.from("{"))).toMatch(/not framed/);
    expect(malformedMultipartReason("multipart/form-data; boundary=----x", framed.subarray(0, 40))).toMatch(/not framed/);
    expect(malformedMultipartReason("multipart/form-data; boundary=----y", framed)).toMatch(/not framed/);
  });
});
