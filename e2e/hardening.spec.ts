import http from "node:http";
import { readFileSync } from "node:fs";
import { expect, test, type ConsoleMessage } from "@playwright/test";
import { createPrismaClient } from "../lib/db/create-client";
import { generateRequests, type FuzzRequest } from "./fuzz";
import { DEMO } from "./support";
import { storageStateFor } from "./users";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * Sends exactly these bytes: browsers and Playwright would normalise a malformed path first.
 * Resolves with the status, or 0 when the server dropped the connection instead of answering.
 */
function send(request: FuzzRequest, cookie?: string): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = http.request(
      { host: "localhost", port: PORT, method: request.method, path: request.path, headers: { ...request.headers, ...(cookie ? { cookie } : {}) } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on("error", () => resolve(0));
    outgoing.end(request.body);
  });
}

function analystCookie(): string {
  const state = JSON.parse(readFileSync(storageStateFor("analyst"), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

test.describe("security headers and CSP", () => {
  for (const path of ["/", `/negotiations/${DEMO.slug}`, "/sources", "/activity", "/account"]) {
    test(`${path} carries the headers and works under the CSP`, async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (message: ConsoleMessage) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
      });
      const response = await page.goto(path);
      const headers = response!.headers();
      expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      // Hydrated: client navigation works, which needs the nonce-bearing scripts to have run.
      await expect(page.locator("main")).toBeVisible();
      await page.waitForLoadState("networkidle");
      expect(violations).toEqual([]);
    });
  }

  test("each response gets its own nonce", async ({ request }) => {
    const nonceOf = async () => (await request.get("/sign-in")).headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
    const [first, second] = [await nonceOf(), await nonceOf()];
    expect(first).toBeTruthy();
    expect(first).not.toBe(second);
  });

  test("sign-in works under the CSP", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/sign-in?callbackUrl=/.//evil.example/phish");
    await page.getByLabel("Email").fill("analyst@e2e.parley.test");
    await page.getByLabel("Password").fill("e2e-analyst-password");
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.waitForURL((url) => url.pathname !== "/sign-in");
    expect(new URL(page.url()).host).toBe(`localhost:${PORT}`);
    expect(violations).toEqual([]);
    await context.close();
  });
});

test.describe("cross-site and malformed writes", () => {
  test("the JSON API refuses cross-site, non-JSON and oversized writes, and creates nothing", async ({ page }) => {
    const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
    try {
      const issue = await prisma.issue.findFirstOrThrow({ where: { slug: "security-guarantees" } });
      const before = await prisma.update.count({ where: { issueId: issue.id } });
      const url = `/api/issues/${issue.id}/updates`;
      const valid = JSON.stringify({ summary: "Should not be stored", occurredAt: "2025-12-01" });
      const foreign = await page.request.post(url, { headers: { "content-type": "application/json", origin: "https://evil.example" }, data: valid });
      expect(foreign.status()).toBe(403);
      const crossSite = await page.request.post(url, { headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" }, data: valid });
      expect(crossSite.status()).toBe(403);
      const plain = await page.request.post(url, { headers: { "content-type": "text/plain" }, data: valid });
      expect(plain.status()).toBe(415);
      const huge = await page.request.post(url, { headers: { "content-type": "application/json" }, data: JSON.stringify({ summary: "x".repeat(200_000) }) });
      expect(huge.status()).toBe(413);
      const surrogate = await page.request.post(url, {
        headers: { "content-type": "application/json" },
        data: '{"summary":"\\ud800","occurredAt":"2025-12-01"}',
      });
      expect(surrogate.status()).toBe(400);
      expect(await prisma.update.count({ where: { issueId: issue.id } })).toBe(before);
    } finally {
      await prisma.$disconnect();
    }
  });

  test("anonymous writers learn nothing about the body: 401 before validation", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const response = await context.request.post("/api/issues/x/updates", { headers: { "content-type": "text/plain" }, data: "not json" });
    expect(response.status()).toBe(401);
    await context.close();
  });

  test("server actions from another origin or over the size limit get 4xx", async () => {
    const cookie = analystCookie();
    const action = { "next-action": "f".repeat(40), "content-type": "text/plain;charset=UTF-8" };
    expect(
      await send(
        { method: "POST", path: `/negotiations/${DEMO.slug}`, headers: { ...action, origin: "https://evil.example" }, body: Buffer.from("[]") },
        cookie,
      ),
    ).toBe(403);
    const big = Buffer.alloc(2 * 1024 * 1024, 97);
    expect(
      await send({ method: "POST", path: `/negotiations/${DEMO.slug}`, headers: { ...action, "content-length": String(big.length) }, body: big }, cookie),
    ).toBe(413);
  });

  test("malformed paths and NUL answer 4xx", async () => {
    const cookie = analystCookie();
    for (const path of ["/negotiations/%FF", "/share/%C3%28", "/api/sources?q=%00", "/activity?before=9999999999999999999"]) {
      const status = await send({ method: "GET", path, headers: {} }, cookie);
      expect(status, path).toBeLessThan(500);
    }
  });
});

// A short run in `npm test`; FUZZ_REQUESTS=10000 (or more) for a full one, FUZZ_SEED to replay.
test("fuzz: no malformed request gets a 5xx", async () => {
  const seed = Number(process.env.FUZZ_SEED ?? 20261128);
  const count = Number(process.env.FUZZ_REQUESTS ?? 400);
  test.setTimeout(60_000 + count * 100);
  const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
  const issue = await prisma.issue.findFirstOrThrow({ where: { slug: "security-guarantees" }, include: { negotiation: true, updates: { take: 1 } } });
  const source = await prisma.source.findFirstOrThrow();
  await prisma.$disconnect();
  const requests = generateRequests(seed, count, {
    negotiationSlug: issue.negotiation.slug,
    issueSlug: issue.slug,
    issueId: issue.id,
    updateId: issue.updates[0]?.id ?? "none",
    sourceId: source.id,
  });
  const cookie = analystCookie();
  const failures: string[] = [];
  const concurrency = 4;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const index = next++;
        const request = requests[index]!;
        const status = await send(request, index % 2 === 0 ? cookie : undefined);
        if (status >= 500 || status === 0)
          failures.push(`#${index} ${request.method} ${request.path.slice(0, 200)} ${JSON.stringify(request.headers)} → ${status}`);
      }
    }),
  );
  expect(failures, `seed ${seed}: replay with FUZZ_SEED=${seed} FUZZ_REQUESTS=${count}`).toEqual([]);
});
