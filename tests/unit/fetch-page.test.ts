import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPublicAddress } from "@/lib/sources/fetch-page/address-policy";
import { fetchPage } from "@/lib/sources/fetch-page/fetch-page";
import { startFixtureServer } from "../support/fixture-server";

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1"],
    ["10.0.0.1"],
    ["172.16.5.4"],
    ["192.168.1.1"],
    ["169.254.169.254"],
    ["100.100.100.200"],
    ["100.64.0.1"],
    ["0.0.0.0"],
    ["224.0.0.1"],
    ["255.255.255.255"],
    ["198.18.0.1"],
    ["::1"],
    ["::"],
    ["fe80::1"],
    ["fd00:ec2::254"],
    ["fc00::1"],
    ["ff02::1"],
    ["::ffff:10.0.0.1"],
    ["::ffff:127.0.0.1"],
    ["::ffff:169.254.169.254"],
    ["64:ff9b::a00:1"],
    ["2002:a00:1::"],
    ["not an ip"],
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([["8.8.8.8"], ["151.101.1.1"], ["2001:4860:4860::8888"], ["::ffff:8.8.8.8"]])("admits %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("fetchPage refuses hostile URLs before connecting", () => {
  it.each([
    ["http://127.0.0.1/", "private or reserved"],
    ["http://localhost/", "private or reserved"],
    ["http://[::1]/", "private or reserved"],
    ["http://[::ffff:10.0.0.1]/", "private or reserved"],
    ["http://[::ffff:7f00:1]/", "private or reserved"],
    ["http://169.254.169.254/latest/meta-data/", "private or reserved"],
    ["http://[fd00:ec2::254]/", "private or reserved"],
    ["http://100.100.100.200/", "private or reserved"],
    ["http://2130706433/", "private or reserved"],
    ["http://0177.0.0.1/", "private or reserved"],
    ["http://0x7f.1/", "private or reserved"],
    ["http://017700000001/", "private or reserved"],
    ["http://10.1/", "private or reserved"],
    ["http://0/", "private or reserved"],
    ["http://224.0.0.1/", "private or reserved"],
    ["http://example.com:8080/", "standard web ports"],
    ["https://example.com:22/", "standard web ports"],
    ["ftp://example.com/file", "Only http and https"],
    ["file:///etc/passwd", "Only http and https"],
    ["gopher://127.0.0.1:6379/_INFO", "Only http and https"],
    ["http://user:pass@example.com/", "user name or password"],
    ["not a url", "not a valid URL"],
  ])("%s", async (url, message) => {
    const result = await fetchPage(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it.each([["10.0.0.7"], ["127.0.0.1"], ["169.254.169.254"], ["::ffff:192.168.0.1"], ["fd12::1"]])(
    "refuses a DNS name that resolves to %s",
    async (address) => {
      const resolveHost = async () => [{ address, family: address.includes(":") ? 6 : 4 }];
      const result = await fetchPage("https://news.example.org/article", { resolveHost });
      expect(result).toMatchObject({ ok: false, code: "blocked" });
      if (!result.ok) expect(result.message).toContain(address);
    },
  );

  it("refuses a name when any of its addresses is private", async () => {
    const resolveHost = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.1", family: 4 },
    ];
    expect(await fetchPage("https://news.example.org/", { resolveHost })).toMatchObject({ ok: false, code: "blocked" });
  });
});

describe("fetchPage against the local fixture server", () => {
  let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
  const allow = () => ({ allowLoopbackPorts: [fixtures.port] });

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    fixtures.set("/article", { body: "<html><head><title>Talks</title></head><body>Hello</body></html>" });
    fixtures.set("/gzipped", { body: "<p>compressed</p>", gzip: true });
    fixtures.set("/pdf", { headers: { "content-type": "application/pdf" }, body: "%PDF-1.4" });
    fixtures.set("/huge", { body: "x".repeat(2 * 1024 * 1024 + 1) });
    fixtures.set("/bomb", { body: Buffer.alloc(3 * 1024 * 1024, 32), gzip: true });
    fixtures.set("/slow", { body: "late", delayMs: 2_000 });
    fixtures.set("/gone", { status: 410, body: "gone" });
    fixtures.set("/to-article", { status: 301, headers: { location: "/article" } });
    fixtures.set("/to-metadata", { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/" } });
    fixtures.set("/to-localhost-80", { status: 302, headers: { location: "http://localhost/admin" } });
    for (let i = 0; i < 7; i++) fixtures.set(`/loop${i}`, { status: 302, headers: { location: `/loop${i + 1}` } });
  });
  afterAll(() => fixtures.close());

  it("is refused without the test allowance, even on its own port", async () => {
    const result = await fetchPage(fixtures.url("/article"));
    expect(result).toMatchObject({ ok: false, code: "blocked" });
  });

  it("fetches an HTML page with the allowance", async () => {
    const result = await fetchPage(fixtures.url("/article"), allow());
    expect(result).toMatchObject({ ok: true, status: 200, finalUrl: fixtures.url("/article") });
    if (result.ok) expect(result.body).toContain("<title>Talks</title>");
  });

  it("decompresses gzip", async () => {
    const result = await fetchPage(fixtures.url("/gzipped"), allow());
    expect(result.ok && result.body).toBe("<p>compressed</p>");
  });

  it("follows a redirect and reports where it ended", async () => {
    const result = await fetchPage(fixtures.url("/to-article"), allow());
    expect(result).toMatchObject({ ok: true, finalUrl: fixtures.url("/article"), redirects: [fixtures.url("/article")] });
  });

  it("re-checks every redirect: to the metadata address", async () => {
    const result = await fetchPage(fixtures.url("/to-metadata"), allow());
    expect(result).toMatchObject({ ok: false, code: "blocked" });
  });

  it("re-checks every redirect: to localhost on a port the allowance does not name", async () => {
    const result = await fetchPage(fixtures.url("/to-localhost-80"), allow());
    expect(result).toMatchObject({ ok: false, code: "blocked" });
  });

  it("gives up after 5 redirects", async () => {
    const result = await fetchPage(fixtures.url("/loop0"), allow());
    expect(result).toMatchObject({ ok: false, code: "too-many-redirects" });
  });

  it("refuses what is not HTML or text", async () => {
    const result = await fetchPage(fixtures.url("/pdf"), allow());
    expect(result).toMatchObject({ ok: false, code: "not-html" });
    if (!result.ok) expect(result.message).toContain("application/pdf");
  });

  it("stops at 2 MB", async () => {
    expect(await fetchPage(fixtures.url("/huge"), allow())).toMatchObject({ ok: false, code: "too-large" });
  });

  it("stops at 2 MB after decompression", async () => {
    expect(await fetchPage(fixtures.url("/bomb"), allow())).toMatchObject({ ok: false, code: "too-large" });
  });

  it("times out", async () => {
    expect(await fetchPage(fixtures.url("/slow"), { ...allow(), timeoutMs: 300 })).toMatchObject({ ok: false, code: "timeout" });
  });

  it("connects to the address it checked, not to a second DNS answer (rebinding)", async () => {
    const answers = ["127.0.0.1", "10.0.0.1"];
    let calls = 0;
    const resolveHost = async () => [{ address: answers[Math.min(calls++, 1)]!, family: 4 }];
    const result = await fetchPage(`http://rebind.example:${fixtures.port}/article`, { ...allow(), resolveHost });
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(calls).toBe(1);
  });

  it("reports a page that is gone with its status", async () => {
    expect(await fetchPage(fixtures.url("/gone"), allow())).toMatchObject({ ok: false, code: "http-error", status: 410 });
  });
});
