import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pruneRateLimitWindows, rateLimit } from "@/lib/rate-limit";
import { shareRateLimit } from "@/lib/share-links/share-rate-limit";
import { prisma, tag } from "./helpers";

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
