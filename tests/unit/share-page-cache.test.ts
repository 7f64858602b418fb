import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheableToken, createSharePageCache } from "@/lib/share-links/share-page-cache";
import type { SharePageState } from "@/lib/share-links/share-page-fingerprint";

const TOKEN = "t0ken";

/**
 * A stand-in for Next.js behind the cache: renders a page carrying the request's nonce in its CSP
 * header and its scripts, counting renders, and answering as `answer` says.
 */
function harness() {
  let nonces = 0;
  const world = {
    state: { linkId: "link-1", fingerprint: "v1" } as SharePageState | null,
    renders: 0,
    opens: [] as string[],
    isAllowed: true,
    clock: 1_000_000,
    answer: (response: ServerResponse, nonce: string) => {
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      response.setHeader("Cache-Control", "no-store, max-age=0");
      response.writeHead(200);
      response.write(`<html><script nonce="${nonce}">self.__next_f.push([1,"a"])</script>`);
      response.end(`<p>render ${world.renders}</p><script nonce="${nonce}"></script></html>`);
    },
  };
  const cache = createSharePageCache({
    state: async () => world.state,
    rateLimit: async () => ({ isAllowed: world.isAllowed, retryAfterSeconds: 42 }),
    refuseRateLimited: (response, retryAfterSeconds) => response.writeHead(429, { "Retry-After": String(retryAfterSeconds) }).end("slow down"),
    recordOpen: (linkId) => world.opens.push(linkId),
    newNonce: () => `fresh-nonce-${++nonces}`,
    now: () => world.clock,
    maxAgeMs: 5_000,
  });
  const server = createServer((request, response) => {
    void cache.handle(request, response, () => {
      world.renders += 1;
      world.answer(response, `render-nonce-${world.renders}`);
    });
  });
  return { world, cache, server };
}

let setup: ReturnType<typeof harness>;
let base: string;

beforeEach(async () => {
  setup = harness();
  await new Promise<void>((resolve) => setup.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(setup.server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => setup.server.close(resolve));
});

/** fetch asks for gzip unless told otherwise. */
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers: { "accept-encoding": "identity", ...headers } });

describe("share page cache", () => {
  it("renders a page once, then serves it again with a fresh nonce in the header and the page, counting each visit", async () => {
    const first = await get(`/share/${TOKEN}`);
    expect(await first.text()).toContain("render 1");
    const second = await get(`/share/${TOKEN}`);
    const html = await second.text();
    expect(setup.world.renders).toBe(1);
    expect(second.status).toBe(200);
    expect(html).toContain("render 1");
    expect(html).not.toContain("render-nonce-1");
    expect(html.match(/fresh-nonce-1/g)).toHaveLength(2);
    expect(second.headers.get("content-security-policy")).toBe("script-src 'self' 'nonce-fresh-nonce-1' 'strict-dynamic'");
    expect(second.headers.get("cache-control")).toBe("no-store, max-age=0");
    expect(second.headers.get("content-length")).toBe(String(Buffer.byteLength(html)));
    const third = await get(`/share/${TOKEN}`);
    expect(await third.text()).toContain("fresh-nonce-2");
    // The render counted its own visit (the page does); the two served again are counted here.
    expect(setup.world.opens).toEqual(["link-1", "link-1"]);
  });

  it("renders again when the fingerprint moves, and keeps the new page", async () => {
    await (await get(`/share/${TOKEN}`)).text();
    setup.world.state = { linkId: "link-1", fingerprint: "v2" };
    expect(await (await get(`/share/${TOKEN}`)).text()).toContain("render 2");
    expect(await (await get(`/share/${TOKEN}`)).text()).toContain("render 2");
    expect(setup.world.renders).toBe(2);
  });

  it("stops serving a page the moment its link no longer works", async () => {
    await (await get(`/share/${TOKEN}`)).text();
    setup.world.state = null;
    setup.world.answer = (response) => response.writeHead(404, { "Content-Type": "text/html" }).end("not found");
    const revoked = await get(`/share/${TOKEN}`);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).toBe("not found");
    expect(setup.cache.size).toBe(0);
  });

  it("renders again once a page is older than its age limit, even with an unchanged fingerprint", async () => {
    await (await get(`/share/${TOKEN}`)).text();
    setup.world.clock += 4_999;
    expect(await (await get(`/share/${TOKEN}`)).text()).toContain("render 1");
    setup.world.clock += 1;
    expect(await (await get(`/share/${TOKEN}`)).text()).toContain("render 2");
  });

  it("refuses a visitor past the rate limit instead of serving the kept page", async () => {
    await (await get(`/share/${TOKEN}`)).text();
    setup.world.isAllowed = false;
    const refused = await get(`/share/${TOKEN}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("42");
    expect(setup.world.opens).toEqual([]);
  });

  it("gzips a kept page for clients that accept it", async () => {
    await (await get(`/share/${TOKEN}`)).text();
    const response = await get(`/share/${TOKEN}`, { "accept-encoding": "gzip" });
    // fetch undoes the encoding itself; the header says it was there.
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("vary")).toContain("Accept-Encoding");
    expect(await response.text()).toContain("fresh-nonce-1");
  });

  it("asks the renderer for an uncompressed page, so it can be split at its nonce", async () => {
    let asked: string | undefined = "unset";
    const original = setup.world.answer;
    setup.world.answer = (response, nonce) => {
      asked = response.req.headers["accept-encoding"] ?? undefined;
      original(response, nonce);
    };
    await (await get(`/share/${TOKEN}`, { "accept-encoding": "gzip, br" })).text();
    expect(asked).toBeUndefined();
  });

  it.each([
    ["a failed answer", (response: ServerResponse) => response.writeHead(500, { "Content-Type": "text/html" }).end("<p>error</p>")],
    [
      "a page that sets a cookie",
      (response: ServerResponse, nonce: string) =>
        response.writeHead(200, { "Content-Type": "text/html", "Set-Cookie": "a=b", "Content-Security-Policy": `'nonce-${nonce}'` }).end("<p>hi</p>"),
    ],
    [
      "a page whose part failed on the server",
      (response: ServerResponse, nonce: string) =>
        response
          .writeHead(200, { "Content-Type": "text/html", "Content-Security-Policy": `'nonce-${nonce}'` })
          .end("<!--$!--><template data-dgst='1'></template>"),
    ],
    ["a page without a nonce", (response: ServerResponse) => response.writeHead(200, { "Content-Type": "text/html" }).end("<p>hi</p>")],
    [
      "a compressed answer",
      (response: ServerResponse, nonce: string) =>
        response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "br", "Content-Security-Policy": `'nonce-${nonce}'` }).end("x"),
    ],
  ])("does not keep %s", async (_name, answer) => {
    setup.world.answer = answer;
    await (await get(`/share/${TOKEN}`)).arrayBuffer();
    await (await get(`/share/${TOKEN}`)).arrayBuffer();
    expect(setup.world.renders).toBe(2);
    expect(setup.cache.size).toBe(0);
  });

  it("keeps a link's feed too, apart for each address it was asked at (its links are absolute)", async () => {
    setup.world.answer = (response, nonce) => {
      const host = response.req.headers.host;
      response.writeHead(200, { "Content-Type": "application/atom+xml; charset=utf-8", "Content-Security-Policy": `'nonce-${nonce}'` });
      response.end(`<feed><link href="http://${host}/share/${TOKEN}"/><title>render ${setup.world.renders}</title></feed>`);
    };
    const feed = (host?: string) => get(`/share/${TOKEN}/feed.xml`, host ? { "x-forwarded-host": host } : {}).then((response) => response.text());
    expect(await feed()).toContain("render 1");
    expect(await feed()).toContain("render 1");
    await feed("other.example");
    expect(setup.world.renders).toBe(2);
    expect(setup.cache.size).toBe(2);
  });

  it("keeps each query string's page apart", async () => {
    await (await get(`/share/${TOKEN}?order=oldest`)).text();
    await (await get(`/share/${TOKEN}`)).text();
    await (await get(`/share/${TOKEN}?order=oldest`)).text();
    expect(setup.world.renders).toBe(2);
    expect(setup.cache.size).toBe(2);
  });
});

describe("cacheableToken", () => {
  const request = (url: string, method = "GET", headers: Record<string, string> = {}) => ({ url, method, headers }) as never;

  it("takes plain page requests for a link's page and its issues' pages", () => {
    expect(cacheableToken(request("/share/abc"))).toBe("abc");
    expect(cacheableToken(request("/share/abc?range=1y"))).toBe("abc");
    expect(cacheableToken(request("/share/abc/issues/elections"))).toBe("abc");
    expect(cacheableToken(request("/share/abc/feed.xml"))).toBe("abc");
    expect(cacheableToken(request("/share/abc/changes.xml"))).toBe("abc");
  });

  it("leaves search, other methods and Next.js's data requests to the app", () => {
    expect(cacheableToken(request("/share/abc/issues/x/feed.xml"))).toBeNull();
    expect(cacheableToken(request("/share/abc/search?q=x"))).toBeNull();
    expect(cacheableToken(request("/share/abc", "HEAD"))).toBeNull();
    expect(cacheableToken(request("/share/abc", "POST"))).toBeNull();
    expect(cacheableToken(request("/share/abc?_rsc=1x2"))).toBeNull();
    expect(cacheableToken(request("/share/abc", "GET", { rsc: "1" }))).toBeNull();
    expect(cacheableToken(request("/share/abc", "GET", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheableToken(request("/issues/abc"))).toBeNull();
  });
});
