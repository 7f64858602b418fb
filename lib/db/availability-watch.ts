import pg from "pg";

/**
 * Whether PostgreSQL answers, known without waiting: the app server (scripts/serve.ts) asks this
 * for every response, so pages can answer 503 (not 500) while the database is down. A trivial query
 * every few seconds, at once after any server error, and more often while down so recovery shows
 * quickly. Runs outside Next's bundles, so no "server-only" and no Prisma here.
 */
/** Connection errors (Node) and PostgreSQL codes that mean the server is not there or not serving. */
const DEFINITELY_DOWN = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET", "57P01", "57P02", "57P03", "3D000", "28P01"]);

export function watchDatabase(url: string, options: { everyMs?: number; whileDownMs?: number; timeoutMs?: number } = {}) {
  const { everyMs = 10_000, whileDownMs = 2_000, timeoutMs = 3_000 } = options;
  let isDown = false;
  let slowProbes = 0;
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
      slowProbes = 0;
    } catch (error) {
      // A refused connection or a server shutting down is an answer; a slow one may be this
      // process being busy, so it takes two in a row.
      const code = (error as { code?: string }).code ?? "";
      if (DEFINITELY_DOWN.has(code)) isDown = true;
      else isDown = ++slowProbes >= 2;
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
