import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiTokenRateKey, authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { leaseSize, pruneRateLimitWindows, rateLimit, settleLease } from "@/lib/rate-limit";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { shareRateLimit } from "@/lib/share-links/share-rate-limit";
import { createActor, prisma, tag } from "./helpers";

const MINUTE = 60_000;
/** 20 seconds into a minute window. */
const t = 1_800_000_020_000;

beforeAll(() => {
  vi.stubEnv("SHARE_RATE_LIMIT_PER_MINUTE", "5");
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("rateLimit (fixed windows in PostgreSQL)", () => {
  it("allows the limit per window and key, then refuses until the next window", async () => {
    const key = `test:${tag()}`;
    const hits = [];
    for (let index = 0; index < 4; index++) hits.push(await rateLimit(key, 3, 60, t));
    expect(hits.map((hit) => hit.isAllowed)).toEqual([true, true, true, false]);
    expect(hits[3]).toEqual({ isAllowed: false, retryAfterSeconds: 40 });
    expect((await rateLimit(`test:${tag()}`, 3, 60, t)).isAllowed).toBe(true);
    expect((await rateLimit(key, 3, 60, t + 40_000)).isAllowed).toBe(true);
    // One row per key and window, however many hits.
    expect(await prisma.rateLimitWindow.findMany({ where: { key }, select: { count: true }, orderBy: { windowStart: "asc" } })).toEqual([
      { count: 4 },
      { count: 1 },
    ]);
  });

  it("counts every hit exactly once under concurrency", async () => {
    const key = `test:${tag()}`;
    const results = await Promise.all(Array.from({ length: 24 }, () => rateLimit(key, 10, 60, t)));
    expect(results.filter((result) => result.isAllowed)).toHaveLength(10);
    expect((await prisma.rateLimitWindow.findFirstOrThrow({ where: { key } })).count).toBe(24);
  });

  it("forgets windows over an hour old and keeps recent ones", async () => {
    const now = Date.now();
    const old = `test:${tag()}`;
    const recent = `test:${tag()}`;
    await prisma.rateLimitWindow.createMany({
      data: [
        { key: old, windowStart: new Date(now - 61 * MINUTE), count: 1 },
        { key: recent, windowStart: new Date(now - 16 * MINUTE), count: 1 },
      ],
    });
    await pruneRateLimitWindows(now, 1);
    expect((await prisma.rateLimitWindow.findMany({ where: { key: { in: [old, recent] } } })).map((row) => row.key)).toEqual([recent]);
  });
});

describe("leased limits (API tokens)", () => {
  it("allow exactly the limit per window while writing the shared count once per lease", async () => {
    const owner = await createActor("ANALYST");
    const { id, token } = await createApiToken(owner, createApiTokenSchema.parse({ name: "Leased", scope: "READ", expiry: "7d" }));
    // One second into the current minute (a token's expiry is counted from the real clock).
    const now = new Date(Math.floor(Date.now() / MINUTE) * MINUTE + 1000);
    const allowed = [];
    for (let call = 0; call < 102; call++) allowed.push((await authenticateApiToken(token, now, 100))?.rateLimit?.isAllowed);
    expect(allowed.slice(0, 100).every(Boolean)).toBe(true);
    expect(allowed.slice(100)).toEqual([false, false]);
    // 50 claims of 2 hits, then two refused claims of 2.
    expect(leaseSize(100)).toBe(2);
    const row = await prisma.rateLimitWindow.findFirstOrThrow({ where: { key: apiTokenRateKey(id) } });
    expect(row.count).toBe(104);
    // The next window starts a fresh count.
    expect((await authenticateApiToken(token, new Date(now.getTime() + MINUTE), 100))?.rateLimit).toEqual({ isAllowed: true, retryAfterSeconds: 59 });
  });

  it("never grant more than the limit left when processes claimed before", () => {
    const key = `test:${tag()}`;
    const windowStart = new Date(t - 20_000);
    // Another process's claims brought the count to 9 of 10; this claim of 4 makes it 13: one hit left.
    expect(settleLease(key, windowStart, 10, 4, 13)).toBe(true);
    expect(settleLease(key, windowStart, 10, 4, 17)).toBe(false);
  });
});

describe("shareRateLimit", () => {
  it("gives each address SHARE_RATE_LIMIT_PER_MINUTE requests a minute", async () => {
    const address = `203.0.113.${tag()}`;
    const now = Date.now();
    const hits = [];
    for (let index = 0; index < 6; index++) hits.push((await shareRateLimit(address, now)).isAllowed);
    expect(hits).toEqual([true, true, true, true, true, false]);
    expect((await shareRateLimit(`198.51.100.${tag()}`, now)).isAllowed).toBe(true);
  });
});
