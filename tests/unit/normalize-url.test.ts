import { describe, expect, it } from "vitest";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";

describe("normalizeSourceUrl", () => {
  it("strips tracking parameters and keeps the others", () => {
    expect(
      normalizeSourceUrl(
        "https://example.com/news/story?utm_source=tw&utm_medium=social&UTM_Campaign=x&fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&igshid=3&ref_src=4&refsrc=5&cmpid=6&ocid=7&id=42",
      ),
    ).toBe("https://example.com/news/story?id=42");
  });

  it("keeps parameters that only look like tracking ones", () => {
    expect(normalizeSourceUrl("https://example.com/a?ref=home&utm=1&page=2")).toBe("https://example.com/a?page=2&ref=home&utm=1");
  });

  it("drops the query entirely when only tracking parameters were present", () => {
    expect(normalizeSourceUrl("https://example.com/a?utm_source=x&fbclid=y")).toBe("https://example.com/a");
    expect(normalizeSourceUrl("https://example.com/?utm_source=x")).toBe("https://example.com");
  });

  it("lower-cases scheme and host, removes www., forces https, keeps path case", () => {
    expect(normalizeSourceUrl("HTTP://WWW.Example.COM/News/Story")).toBe("https://example.com/News/Story");
    expect(normalizeSourceUrl("http://example.com/a")).toBe("https://example.com/a");
  });

  it("removes only one leading www.", () => {
    expect(normalizeSourceUrl("https://www.www.example.com/a")).toBe("https://www.example.com/a");
    expect(normalizeSourceUrl("https://wwwexample.com/a")).toBe("https://wwwexample.com/a");
  });

  it("removes default ports, credentials and the fragment", () => {
    expect(normalizeSourceUrl("http://example.com:80/a")).toBe("https://example.com/a");
    expect(normalizeSourceUrl("https://example.com:443/a")).toBe("https://example.com/a");
    expect(normalizeSourceUrl("https://user:secret@example.com/a#section-2")).toBe("https://example.com/a");
    expect(normalizeSourceUrl("https://example.com/a?x=1#top")).toBe("https://example.com/a?x=1");
  });

  it("removes trailing slashes, including on the bare host", () => {
    expect(normalizeSourceUrl("https://example.com/a/b/")).toBe("https://example.com/a/b");
    expect(normalizeSourceUrl("https://example.com/a//")).toBe("https://example.com/a");
    expect(normalizeSourceUrl("https://example.com/")).toBe("https://example.com");
    expect(normalizeSourceUrl("https://example.com")).toBe("https://example.com");
    expect(normalizeSourceUrl("https://example.com/a/?x=1")).toBe("https://example.com/a?x=1");
  });

  it("sorts the remaining parameters by name, keeping the order of repeated ones", () => {
    expect(normalizeSourceUrl("https://example.com/a?b=2&a=1")).toBe("https://example.com/a?a=1&b=2");
    expect(normalizeSourceUrl("https://example.com/a?z=1&a=9&a=3")).toBe("https://example.com/a?a=9&a=3&z=1");
  });

  it("keeps a non-default port", () => {
    expect(normalizeSourceUrl("https://example.com:8443/a")).toBe("https://example.com:8443/a");
  });

  it("trims surrounding whitespace", () => {
    expect(normalizeSourceUrl("   https://example.com/a \n")).toBe("https://example.com/a");
  });

  it("rejects anything that is not an absolute http(s) URL", () => {
    for (const input of [
      "",
      "   ",
      "example.com/a",
      "/relative/path",
      "not a url",
      "ftp://example.com/file.txt",
      "mailto:editor@example.com",
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "file:///etc/passwd",
    ]) {
      expect(normalizeSourceUrl(input), input).toBeNull();
    }
  });

  it("maps every way of writing the same article to one URL", () => {
    const variants = [
      "https://www.rt.com/news/key-issue/?utm_source=telegram&utm_medium=share",
      "http://rt.com/news/key-issue",
      "HTTPS://WWW.RT.COM:443/news/key-issue/#comments",
      "https://rt.com/news/key-issue?fbclid=IwAR0abc",
      "  https://rt.com/news/key-issue/  ",
    ];
    const normalized = new Set(variants.map((variant) => normalizeSourceUrl(variant)));
    expect([...normalized]).toEqual(["https://rt.com/news/key-issue"]);
  });

  it("keeps different articles apart", () => {
    expect(normalizeSourceUrl("https://rt.com/news/a")).not.toBe(normalizeSourceUrl("https://rt.com/news/b"));
    expect(normalizeSourceUrl("https://rt.com/news?id=1")).not.toBe(normalizeSourceUrl("https://rt.com/news?id=2"));
    expect(normalizeSourceUrl("https://rt.com/News")).not.toBe(normalizeSourceUrl("https://rt.com/news"));
  });

  it("is idempotent", () => {
    for (const input of ["https://www.example.com/a/?b=2&a=1&utm_source=x#f", "http://example.com", "https://example.com/?q=a%20b"]) {
      const once = normalizeSourceUrl(input);
      expect(once).not.toBeNull();
      expect(normalizeSourceUrl(once!)).toBe(once);
    }
  });
});
