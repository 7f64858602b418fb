// `npm run bench:api`: the JSON API's throughput against a bare server answering the same request.
// On a throwaway PostgreSQL with one issue of 500 updates, two node:http servers run in this process:
//   api   — hands each request to the real /api/v1/issues/{id}/timeline route handler (token check,
//           rate limit, zod query parsing, the timeline read in lib/, the response schema's JSON);
//   bare  — pg alone: one SQL query for the same first page (50 newest updates, their authors and
//           cited sources) and JSON.stringify, no token check.
// Each is loaded for DURATION_S seconds in all by 16 keep-alive connections, in alternating slices
// (api, bare, bare, api, ...) so a neighbour's load on this shared machine falls on both alike;
// prints requests per second and the ratio api/bare (target ≥ 0.6). Next.js's own router is not in the path (that would need
// a production build); it is the same in front of every route.
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { NextRequest } from "next/server";
import pg from "pg";
import { startThrowawayDatabase } from "./lib/throwaway-database";
import { runScript } from "./lib/run-script";

const UPDATES = 500;
const CONNECTIONS = 16;
const DURATION_S = Number(process.argv.find((arg) => arg.startsWith("--seconds="))?.slice(10) ?? 8);
const TARGET_RATIO = 0.6;
/** How many slices each server's DURATION_S is cut into. */
const SLICES = 4;

const BARE_SQL = `
  SELECT u.id, u."issueId", u."occurredAt", u."loggedAt", u."editedAt", u.summary, u."fromStatus", u."toStatus", a.name AS author,
    COALESCE((SELECT json_agg(json_build_object('sourceId', s.id, 'url', s.url, 'title', s.title, 'outlet', o.name, 'quote', COALESCE(us.quote, '')) ORDER BY us.position)
      FROM "UpdateSource" us JOIN "Source" s ON s.id = us."sourceId" LEFT JOIN "Outlet" o ON o.id = s."outletId" WHERE us."updateId" = u.id), '[]') AS sources
  FROM "Update" u JOIN "User" a ON a.id = u."authorId"
  WHERE u."issueId" = $1 AND u."deletedAt" IS NULL
  ORDER BY u."occurredAt" DESC, u.id DESC LIMIT 51`;

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** CONNECTIONS loops, each sending the next request when the last one answered, for `seconds`; returns requests answered. */
async function load(port: number, path: string, token: string, seconds: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port, path, agent, headers: { Authorization: `Bearer ${token}` } }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode} from ${path}`));
        response.resume();
        response.on("end", resolve);
      });
      request.on("error", reject);
    });
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        await one();
        done++;
      }
    }),
  );
  agent.destroy();
  return done;
}

async function main(): Promise<number> {
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.API_RATE_LIMIT_PER_MINUTE = "100000000";
  const database = await startThrowawayDatabase("bench-api");
  // Loaded after DATABASE_URL is set: the app's modules read the environment once.
  const { db } = await import("@/lib/db/client");
  const { createApiToken } = await import("@/lib/api-tokens/create-api-token");
  const { createApiTokenSchema } = await import("@/lib/validation/api-token");
  const { GET } = await import("@/app/api/v1/issues/[issueId]/timeline/route");
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // Idle connections see PostgreSQL stop at the end; that is not a failure of the run.
  pool.on("error", () => undefined);
  const servers: http.Server[] = [];
  try {
    const author = await db().user.create({ data: { email: "bench-api@parley.local", name: "Benchmark analyst", role: "ANALYST" } });
    const category = await db().category.create({ data: { slug: "bench-api", name: "Bench API" } });
    const negotiation = await db().negotiation.create({ data: { slug: "bench-api", title: "Bench API" } });
    const issue = await db().issue.create({ data: { negotiationId: negotiation.id, slug: "bench", title: "Bench", categoryId: category.id } });
    const source = await db().source.create({ data: { url: "https://example.org/bench", title: "Bench source", addedById: author.id } });
    const day = Date.UTC(2024, 0, 1);
    await db().update.createMany({
      data: Array.from({ length: UPDATES }, (_, index) => ({
        issueId: issue.id,
        authorId: author.id,
        occurredAt: new Date(day + index * 86_400_000),
        summary: `Update ${index}: talks continue.`,
      })),
    });
    const cited = await db().update.findMany({ where: { issueId: issue.id }, select: { id: true }, take: UPDATES / 5 });
    await db().updateSource.createMany({ data: cited.map((update) => ({ updateId: update.id, sourceId: source.id, quote: "Talks continue." })) });
    // Fresh statistics, as autovacuum would soon have gathered them: without them PostgreSQL may plan
    // the page as "read every update, then sort" on both servers.
    await pool.query("ANALYZE");
    const { token } = await createApiToken(
      { id: author.id, name: author.name, email: author.email, role: "ANALYST" },
      createApiTokenSchema.parse({ name: "bench", scope: "READ", expiry: "7d" }),
    );

    const api = http.createServer((incoming, outgoing) => {
      const request = new NextRequest(`http://127.0.0.1${incoming.url ?? "/"}`, { headers: incoming.headers as Record<string, string> });
      void GET(request, { params: Promise.resolve({ issueId: issue.id }) }).then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      });
    });
    const bare = http.createServer((incoming, outgoing) => {
      void pool.query<{ id: string }>(BARE_SQL, [issue.id]).then((result) => {
        const rows = result.rows.slice(0, 50);
        outgoing.writeHead(200, { "Content-Type": "application/json" });
        outgoing.end(JSON.stringify({ data: rows, nextCursor: result.rows.length > 50 ? rows.at(-1)?.id : null }));
      });
    });
    servers.push(api, bare);
    const [apiPort, barePort] = [await listen(api), await listen(bare)];
    const path = `/api/v1/issues/${issue.id}/timeline`;
    console.log(`=== ${CONNECTIONS} connections, ${DURATION_S} s each, first timeline page (50 of ${UPDATES} updates)`);
    // A first round of each warms up JIT, connection pools and query plans; then the slices are measured.
    await load(apiPort, path, token, DURATION_S / SLICES);
    await load(barePort, path, token, DURATION_S / SLICES);
    let [apiDone, bareDone] = [0, 0];
    for (let slice = 0; slice < SLICES; slice++) {
      const apiFirst = slice % 2 === 0;
      for (const which of apiFirst ? ["api", "bare"] : ["bare", "api"]) {
        if (which === "api") apiDone += await load(apiPort, path, token, DURATION_S / SLICES);
        else bareDone += await load(barePort, path, token, DURATION_S / SLICES);
      }
    }
    const [apiRate, bareRate] = [apiDone / DURATION_S, bareDone / DURATION_S];
    const ratio = apiRate / bareRate;
    console.log(`api  (route handler): ${apiRate.toFixed(0)} requests/s`);
    console.log(`bare (node:http + pg): ${bareRate.toFixed(0)} requests/s`);
    console.log(`ratio api/bare: ${ratio.toFixed(2)}× (target ≥ ${TARGET_RATIO}×) — ${ratio >= TARGET_RATIO ? "met" : "MISSED"}`);
    return ratio >= TARGET_RATIO ? 0 : 1;
  } finally {
    for (const server of servers) server.close();
    await pool.end();
    await db().$disconnect();
    await database.stop();
  }
}

runScript(main);
