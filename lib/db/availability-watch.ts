import pg from "pg";

/**
 * Whether PostgreSQL answers, known without waiting: the app server (scripts/serve.ts) asks this
 * for every response, so pages can answer 503 (not 500) while the database is down. A trivial query
 * every few seconds, at once after any server error, and more often while down so recovery shows
 * quickly. Runs outside Next's bundles, so no "server-only" and no Prisma here.
 */
export function watchDatabase(url: string, options: { everyMs?: number; whileDownMs?: number; timeoutMs?: number } = {}) {
  const { everyMs = 10_000, whileDownMs = 2_000, timeoutMs = 2_000 } = options;
  let isDown = false;
  let probing: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function probe(): Promise<void> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
    // A refused or dropped connection also surfaces as an "error" event; handled by the catch below.
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("SELECT 1");
      isDown = false;
    } catch {
      isDown = true;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  function schedule(): void {
    timer = setTimeout(() => void checkNow().finally(schedule), isDown ? whileDownMs : everyMs);
    timer.unref();
  }

  /** Probes now, sharing a probe already under way. */
  function checkNow(): Promise<void> {
    probing ??= probe().finally(() => (probing = undefined));
    return probing;
  }

  const ready = checkNow().then(schedule);
  return {
    ready,
    isDown: () => isDown,
    checkNow,
    stop: () => clearTimeout(timer),
  };
}
