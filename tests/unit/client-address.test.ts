import { describe, expect, it } from "vitest";
import { clientAddressOf, resolveClientAddress } from "@/lib/http/client-address";

describe("resolveClientAddress", () => {
  it("believes only the socket when no proxy is trusted, whatever the client claims", () => {
    expect(resolveClientAddress({ socketAddress: "203.0.113.7", forwardedFor: "1.2.3.4", trustedHops: 0 })).toBe("203.0.113.7");
    expect(resolveClientAddress({ socketAddress: "::ffff:203.0.113.7", forwardedFor: undefined, trustedHops: 0 })).toBe("203.0.113.7");
  });

  it("takes the entry the outermost trusted proxy wrote, ignoring what the client prepended", () => {
    // client 198.51.100.9 sends "X-Forwarded-For: 1.2.3.4" through one proxy at 10.0.0.2
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "1.2.3.4, 198.51.100.9", trustedHops: 1 })).toBe("198.51.100.9");
    // two proxies: CDN 10.0.0.1 then load balancer 10.0.0.2
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: ["1.2.3.4, 198.51.100.9", "10.0.0.1"], trustedHops: 2 })).toBe("198.51.100.9");
  });

  it("rotating the claimed address does not change the result", () => {
    const seen = new Set(
      ["1.1.1.1", "2.2.2.2, 3.3.3.3", "garbage", ""].map((claim) =>
        resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: `${claim}${claim ? ", " : ""}198.51.100.9`, trustedHops: 1 }),
      ),
    );
    expect([...seen]).toEqual(["198.51.100.9"]);
  });

  it("falls back toward the socket when the header is shorter than the trusted chain or unreadable", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: undefined, trustedHops: 3 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "not-an-address", trustedHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "[2001:db8::1]", trustedHops: 1 })).toBe("2001:db8::1");
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: undefined, trustedHops: 0 })).toBe("unknown");
  });
});

describe("clientAddressOf", () => {
  it("reads the resolved address from web and Node header shapes", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "198.51.100.9" }))).toBe("198.51.100.9");
    expect(clientAddressOf({ "x-forwarded-for": ["198.51.100.9"] })).toBe("198.51.100.9");
    expect(clientAddressOf(undefined)).toBe("unknown");
  });
});
