import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml } from "@/lib/share-links/atom";
import { expiryFor, shareLinkState } from "@/lib/share-links/expiry";
import { TOKEN_PATTERN, generateToken, hashToken } from "@/lib/tokens";
import { createShareLinkSchema } from "@/lib/validation/share-link";

describe("share tokens", () => {
  it("are 256 bits of base64url: 43 characters from the URL-safe alphabet", () => {
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(TOKEN_PATTERN.test(token)).toBe(true);
  });

  it("never repeat and use the whole alphabet about evenly (a CSPRNG, not a counter or an id)", () => {
    const tokens = Array.from({ length: 4000 }, generateToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    const counts = new Map<string, number>();
    for (const char of tokens.join("")) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(64);
    // 172,000 characters over 64 symbols (the last of each token carries 2 bits less): ~2,700 each.
    const values = [...counts.values()];
    expect(Math.min(...values)).toBeGreaterThan(2000);
    expect(Math.max(...values)).toBeLessThan(3600);
  });

  it("are stored as a SHA-256 hash that does not contain them", () => {
    const token = generateToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hash);
    expect(hashToken(generateToken())).not.toBe(hash);
    expect(hash).not.toContain(token);
  });
});

describe("expiry rules", () => {
  const now = new Date("2026-03-01T10:00:00.000Z");

  it("computes when a link stops working", () => {
    expect(expiryFor("7d", now)?.toISOString()).toBe("2026-03-08T10:00:00.000Z");
    expect(expiryFor("30d", now)?.toISOString()).toBe("2026-03-31T10:00:00.000Z");
    expect(expiryFor("never", now)).toBeNull();
    // A chosen date works through the end of that day.
    expect(expiryFor("date", now, new Date("2026-03-05T00:00:00.000Z"))?.toISOString()).toBe("2026-03-06T00:00:00.000Z");
  });

  it("treats revoked and expired links as unusable, from the expiry instant on", () => {
    const expiresAt = new Date("2026-03-08T10:00:00.000Z");
    expect(shareLinkState({ revokedAt: null, expiresAt }, new Date(expiresAt.getTime() - 1))).toBe("active");
    expect(shareLinkState({ revokedAt: null, expiresAt }, expiresAt)).toBe("expired");
    expect(shareLinkState({ revokedAt: null, expiresAt: null }, new Date("2099-01-01"))).toBe("active");
    expect(shareLinkState({ revokedAt: now, expiresAt: null }, now)).toBe("revoked");
  });

  it("asks for a date only when the expiry is a date", () => {
    expect(createShareLinkSchema.safeParse({ label: "EU", expiry: "7d" }).success).toBe(true);
    const missing = createShareLinkSchema.safeParse({ label: "EU", expiry: "date" });
    expect(missing.error?.issues.map((issue) => issue.path.join("."))).toEqual(["expiresOn"]);
    const parsed = createShareLinkSchema.parse({ label: "EU", expiry: "never", hideAuthors: "on" });
    expect(parsed).toMatchObject({ hideAuthors: true, isSnapshot: false });
  });
});

describe("Atom feed", () => {
  it("escapes text and carries the required elements", () => {
    const xml = buildAtomFeed({
      id: "urn:parley:share:x",
      title: "Territory & <land> swaps",
      updated: new Date("2025-12-01T00:00:00.000Z"),
      selfLink: "https://parley.example/share/t/feed.xml",
      alternateLink: "https://parley.example/share/t",
      author: "Parley",
      entries: [
        {
          id: "urn:parley:update:1",
          title: 'A "quoted" title',
          updated: new Date("2025-12-01T00:00:00.000Z"),
          link: "https://parley.example/share/t",
          content: "x < y\u0001",
        },
      ],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain("<title>Territory &amp; &lt;land&gt; swaps</title>");
    expect(xml).toContain("<updated>2025-12-01T00:00:00.000Z</updated>");
    expect(xml).toContain('<content type="text">x &lt; y</content>');
    expect(escapeXml(`'"`)).toBe("&apos;&quot;");
  });
});

describe("escapeXml and characters XML 1.0 forbids", () => {
  it("drops U+FFFE, U+FFFF and C0 controls, and replaces lone surrogates", () => {
    expect(escapeXml("a\uFFFEb\uFFFFc\u0001d\te")).toBe("abcd\te");
    expect(escapeXml("x\ud800y")).toBe("x\uFFFDy");
    expect(escapeXml("😀")).toBe("😀");
  });
});
