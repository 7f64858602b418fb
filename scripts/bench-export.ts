// `npm run bench:export [-- --updates=100000]`: streams the JSON export of a negotiation with that
// many updates (a third of them citing a source, one in ten edited once) from a throwaway
// PostgreSQL to /dev/null, and prints the time, the size and how far the process's memory (RSS and
// heap) rose above where it started (after a full collection) at its peak during the export. Target: within +50 MB for 100,000 updates.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { startThrowawayDatabase } from "./lib/throwaway-database";
import { runScript } from "./lib/run-script";

const UPDATES = Number(process.argv.find((arg) => arg.startsWith("--updates="))?.slice(10) ?? 100_000);
const BATCH = 5_000;
const TARGET_MB = 50;

/** A full collection, without needing `node --expose-gc`. */
function collectGarbage() {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

async function main(): Promise<number> {
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
  const database = await startThrowawayDatabase("bench-export");
  const { db } = await import("@/lib/db/client");
  const { streamExport } = await import("@/lib/data-export/stream-export");
  try {
    const author = await db().user.create({ data: { email: "bench-export@parley.local", name: "Benchmark analyst", role: "ANALYST" } });
    const category = await db().category.create({ data: { slug: "bench-export", name: "Bench export" } });
    const negotiation = await db().negotiation.create({ data: { slug: "bench-export", title: "Bench export" } });
    const issue = await db().issue.create({ data: { negotiationId: negotiation.id, slug: "bench", title: "Bench", categoryId: category.id } });
    const source = await db().source.create({ data: { url: "https://example.org/bench-export", title: "Bench source", addedById: author.id } });
    console.log(`=== loading ${UPDATES.toLocaleString("en")} updates`);
    const day = Date.UTC(2020, 0, 1);
    for (let start = 0; start < UPDATES; start += BATCH) {
      const ids = Array.from({ length: Math.min(BATCH, UPDATES - start) }, (_, index) => `bench${String(start + index).padStart(8, "0")}`);
      await db().update.createMany({
        data: ids.map((id, index) => ({
          id,
          issueId: issue.id,
          authorId: author.id,
          occurredAt: new Date(day + ((start + index) % 2000) * 86_400_000),
          summary: `Update ${start + index}: the delegations met again and agreed to continue the talks next week.`,
        })),
      });
      await db().updateSource.createMany({
        data: ids.filter((_, index) => index % 3 === 0).map((updateId) => ({ updateId, sourceId: source.id, quote: "They met again." })),
      });
      await db().updateRevision.createMany({
        data: ids
          .filter((_, index) => index % 10 === 0)
          .map((updateId) => ({ updateId, version: 1, summary: "Earlier wording.", occurredAt: new Date(day), sources: [], editedById: author.id })),
      });
    }
    // The baseline is what the process holds, not garbage left by the loading above; the peak is
    // sampled every 10 ms as well as after each chunk, and nothing collects garbage during the export.
    collectGarbage();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sample = () => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    };
    const sampling = setInterval(sample, 10);
    const out = createWriteStream("/dev/null");
    let bytes = 0;
    const started = performance.now();
    for await (const chunk of streamExport({ kind: "negotiation", negotiationId: negotiation.id })) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, "drain");
      sample();
    }
    clearInterval(sampling);
    out.end();
    const seconds = (performance.now() - started) / 1000;
    const mb = (value: number) => value / 1024 / 1024;
    // RSS can hide a rise inside pages the loading above already took, so the heap's rise counts too.
    const rise = Math.max(mb(peakRss - before.rss), mb(peakHeap - before.heapUsed));
    console.log(`exported ${UPDATES.toLocaleString("en")} updates: ${mb(bytes).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
    console.log(
      `memory rise at the peak: RSS +${mb(peakRss - before.rss).toFixed(1)} MB, heap +${mb(peakHeap - before.heapUsed).toFixed(1)} MB (target ≤ +${TARGET_MB} MB) — ${rise <= TARGET_MB ? "met" : "MISSED"}`,
    );
    return rise <= TARGET_MB ? 0 : 1;
  } finally {
    await db().$disconnect();
    await database.stop();
  }
}

runScript(main);
