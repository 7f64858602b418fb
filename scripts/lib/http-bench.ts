// `npm run bench -- --http`: the pages as a browser gets them, from a production build, under load.
// Starts a throwaway PostgreSQL, loads one negotiation with a 100-update and a 100,000-update issue
// and share links to both, then loads, in turn:
// - the floor: bare node:http + pg answering the big issue's first timeline page as JSON (what any
//   server must do for that page: one query, no framework);
// - the app (scripts/serve.ts, the production server) for /api/health, /account (the lightest
//   signed-in page), both issue pages, the dashboard, both share pages, the share feed and both
//   pages through frozen links;
// each with autocannon at 16 connections, in slices taken in turn (so load from elsewhere falls on all
// alike), and prints req/s, p99 and the ratios to the floor and to /account, with each page's HTML
// size. `--duration=10` sets the seconds per target. `--sizes` only fetches each page once and
// prints its HTML size (markup vs inlined RSC payload), without load; `--save-html=<folder>` keeps
// each page there to look into. `--cpu-prof=<folder> --target=N` loads only target N (an index into
// the list below) while the server writes a V8 CPU profile there when it stops. `--memory` runs a mixed load instead and watches the server's RSS. The big issue's page (25 entries, thousands of status changes) is
// held to HTML_TARGET_BYTES.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createServer } from "node:http";
import autocannon from "autocannon";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { paths } from "@/lib/paths";
import { generateApiToken } from "@/lib/api-tokens/token-format";
import { generateToken, hashToken } from "@/lib/tokens";
import { IMPORT_LIMIT_BYTES } from "@/lib/data-import/limits";
import { htmlBreakdown, kb } from "./html-size";
import { SERVER_ENV, serverNodeArgs } from "./server-command";
import { startThrowawayDatabase } from "./throwaway-database";

const CONNECTIONS = 16;
const SMALL_UPDATES = 100;
const BIG_UPDATES = 100_000;
const PASSWORD = "bench-analyst-password";
/** Each target's measuring time is taken in this many slices, in turn with the other targets. */
const SLICES = 4;
/** "Public share pages ≥ 150 req/s at 16 connections." */
const SHARE_TARGET_RPS = 150;
/** "HTML of a 25-entry issue page ≤ 60 KB uncompressed." */
const HTML_TARGET_BYTES = 60 * 1024;

interface Loaders {
  createSources: (authorId: string) => Promise<string[]>;
  loadIssue: (options: { negotiationId: string; categoryId: string; authorId: string; sourceIds: string[]; slug: string; updates: number }) => Promise<string>;
}

interface Target {
  label: string;
  url: string;
  cookie?: string;
}

interface Result extends Target {
  requests: number;
  p99: number;
  errors: number;
  bytes: number | null;
}

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);

function load(target: Target, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url: target.url, connections: CONNECTIONS, duration: seconds, headers: target.cookie ? { cookie: target.cookie } : {} });
}

/** The floor: the big issue's newest 25 entries with their authors and cited sources, as JSON. */
function startFloor(databaseUrl: string, issueId: string, port: number) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // The throwaway database stops at the end of the run; an idle connection's goodbye is not an error.
  pool.on("error", () => undefined);
  const server = createServer((_request, response) => {
    pool
      .query(
        `SELECT u.id, u."occurredAt", u.summary, u."toStatus", a.name AS author,
                COALESCE((SELECT json_agg(json_build_object('id', s.id, 'title', s.title, 'url', s.url, 'quote', us.quote) ORDER BY us.position)
                          FROM "UpdateSource" us JOIN "Source" s ON s.id = us."sourceId" WHERE us."updateId" = u.id), '[]') AS sources
         FROM "Update" u JOIN "User" a ON a.id = u."authorId"
         WHERE u."issueId" = $1 AND u."deletedAt" IS NULL ORDER BY u."occurredAt" DESC, u.id DESC LIMIT 25`,
        [issueId],
      )
      .then(
        (result) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result.rows)),
        () => response.writeHead(500).end(),
      );
  });
  return new Promise<{ stop: () => Promise<void> }>((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ stop: async () => (server.close(), await pool.end()) })),
  );
}

async function waitForServer(url: string, child: { exitCode: number | null }) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error("The app server exited before answering.");
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app server did not answer ${url} within two minutes.`);
}

/** Signs in through the credentials form's endpoint, as the browser does; returns the cookies. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  if (!session.some((cookie) => cookie.includes("session-token"))) throw new Error(`Signing in as ${email} failed (${response.status}).`);
  return [...jar, ...session].join("; ");
}

const MEMORY_SAMPLE_MS = 10_000;

interface Importer {
  exportUrl: string;
  importUrl: string;
  authorization: string;
}

/**
 * Exports a one-update negotiation and grows it with copies of that update to just under the import
 * limit, under new ids and a new address (so it is not "already here"); returns the import to send.
 */
async function largestImport({ exportUrl, importUrl, authorization }: Importer): Promise<() => Promise<string>> {
  const exported = await fetch(exportUrl, { headers: { authorization } });
  if (!exported.ok) throw new Error(`The export answered ${exported.status}.`);
  const text = await exported.text();
  const document = JSON.parse(text) as { negotiations: { id: string; slug: string }[]; issues: { id: string }[]; updates: { id: string; summary: string }[] };
  const ids = [...document.negotiations, ...document.issues, ...document.updates].map((record) => record.id);
  let renamed = text.replaceAll(`"${document.negotiations[0]!.slug}"`, `"${document.negotiations[0]!.slug}-large"`);
  for (const id of ids) renamed = renamed.replaceAll(`"${id}"`, `"${id}large"`);
  const grown = JSON.parse(renamed) as typeof document;
  const first = grown.updates[0]!;
  const note = "The delegations met again and exchanged drafts on monitoring, guarantees and the ceasefire line. ".repeat(3);
  const perUpdate = Buffer.byteLength(JSON.stringify({ ...first, id: `${first.id}x000000`, summary: note }));
  const count = Math.floor((IMPORT_LIMIT_BYTES - Buffer.byteLength(renamed) - 4096) / (perUpdate + 1));
  for (let index = 0; index < count; index++) grown.updates.push({ ...first, id: `${first.id}x${String(index).padStart(6, "0")}`, summary: note });
  const body = JSON.stringify(grown);
  return async () => {
    const started = Date.now();
    const response = await fetch(importUrl, { method: "POST", headers: { authorization, "content-type": "application/json" }, body });
    const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    if (response.status !== 201)
      return `the ${kb(Buffer.byteLength(body))} import answered ${response.status} after ${took}: ${(await response.text()).slice(0, 300)}`;
    return `imported ${kb(Buffer.byteLength(body))} (${(count + 1).toLocaleString("en")} updates) in ${took} under the load`;
  };
}
/** "Server memory ≤ 300 MB RSS after 5 minutes of mixed load … no growth over a second 5 minutes." */
const RSS_TARGET_MB = 300;
/** A writer's pace: enough to keep the write path busy without turning the load into a bulk import. */
const WRITES_PER_SECOND = 5;

/**
 * `--memory`: every page target and API writes at once, the 16 connections shared among them, for
 * two periods of `--minutes=5`; the server's RSS is sampled throughout and compared at the end of
 * each period. The last target is the writer (its `cookie` carries the Authorization header).
 */
async function measureMemory(pid: number, idleRss: number, targets: Target[], importer: Importer): Promise<number> {
  const minutes = option("minutes", 5);
  const sendImport = await largestImport(importer);
  const reads = targets.slice(0, -1);
  const writer = targets.at(-1)!;
  // The connections but one (the writer's) dealt out among the pages.
  const connectionsOf = (index: number) => Math.floor((CONNECTIONS - 1) / reads.length) + (index < (CONNECTIONS - 1) % reads.length ? 1 : 0);
  let written = 0;
  const writeBody = () => JSON.stringify({ summary: `Mixed-load update ${++written}: the delegations met again.`, occurredAt: "2025-12-01", sources: [] });
  const probe = await fetch(writer.url, { method: "POST", headers: { authorization: writer.cookie!, "content-type": "application/json" }, body: writeBody() });
  if (probe.status !== 201) throw new Error(`${writer.label} answered ${probe.status}, not 201: ${await probe.text()}`);
  const samples: number[] = [];
  const periodEnds: number[] = [];
  let errors = 0;
  console.log(`\n=== mixed load: ${CONNECTIONS - 1} connections over ${reads.length} pages + 1 writer at ${WRITES_PER_SECOND}/s, 2 × ${minutes} min`);
  for (let period = 1; period <= 2; period++) {
    const sampler = setInterval(() => samples.push(serverRss(pid)), MEMORY_SAMPLE_MS);
    const seconds = minutes * 60;
    const runs = [
      ...reads.map((target, index) =>
        autocannon({ url: target.url, connections: connectionsOf(index), duration: seconds, headers: target.cookie ? { cookie: target.cookie } : {} }),
      ),
      autocannon({
        url: writer.url,
        connections: 1,
        overallRate: WRITES_PER_SECOND,
        duration: seconds,
        method: "POST",
        headers: { authorization: writer.cookie!, "content-type": "application/json" },
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              body: writeBody(),
            }),
          },
        ],
      }),
    ];
    // Halfway through the second period, the largest import the server accepts, under the same load.
    const imported = period === 2 ? new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 2)).then(sendImport) : undefined;
    const results = await Promise.all(runs);
    clearInterval(sampler);
    if (imported) {
      const outcome = await imported;
      console.log(outcome);
      if (!outcome.startsWith("imported")) errors++;
    }
    errors += results.reduce((sum, result) => sum + result.errors + result.non2xx, 0);
    periodEnds.push(serverRss(pid));
    const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
    console.log(
      `period ${period}: ${requests.toLocaleString("en")} requests (${results.at(-1)!.requests.total} writes), RSS ${periodEnds.at(-1)!.toFixed(0)} MB`,
    );
  }
  const [first, second] = periodEnds as [number, number];
  console.log(
    `\nserver RSS: ${idleRss.toFixed(0)} MB after start, ${first.toFixed(0)} MB after ${minutes} min, ${second.toFixed(0)} MB after ${2 * minutes} min (peak ${Math.max(...samples, first, second).toFixed(0)} MB)`,
  );
  console.log(`${first <= RSS_TARGET_MB ? "PASS" : "OVER"}  RSS after ${minutes} min of mixed load ≤ ${RSS_TARGET_MB} MB`);
  console.log(`${second <= first * 1.05 ? "PASS" : "OVER"}  no growth over the second ${minutes} min (${(second - first).toFixed(0)} MB)`);
  if (errors > 0) console.log(`${errors} requests failed or answered non-2xx`);
  return errors > 0 || first > RSS_TARGET_MB || second > first * 1.05 ? 1 : 0;
}

/** Resident memory of the server process and its children, in MB. */
function serverRss(pid: number): number {
  const ps = spawnSync("ps", ["-o", "rss=", "--pid", String(pid), "--ppid", String(pid)], { encoding: "utf8" });
  return ps.stdout.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
}

export async function runHttpBench(loaders: Loaders): Promise<number> {
  const seconds = option("duration", 10);
  const appPort = option("port", 3403);
  const floorPort = appPort + 1;
  if (!existsSync(".next/BUILD_ID") || process.argv.includes("--build")) {
    console.log("=== building for production (next build)");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) throw new Error("next build failed.");
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.PARLEY_DEMO_MODE = "0";
  process.env.NEXTAUTH_URL = `http://localhost:${appPort}`;
  // One client address makes every request here; the share limiter is not what is measured.
  process.env.SHARE_RATE_LIMIT_PER_MINUTE = "10000000";
  const database = await startThrowawayDatabase("bench-http");
  let app: ReturnType<typeof spawn> | undefined;
  let floor: { stop: () => Promise<void> } | undefined;
  try {
    console.log(`=== loading ${SMALL_UPDATES} + ${BIG_UPDATES.toLocaleString("en")} updates`);
    const author = await db().user.create({
      data: { email: "bench@parley.local", name: "Benchmark analyst", role: "ANALYST", passwordHash: await hashPassword(PASSWORD) },
    });
    const category = await db().category.create({ data: { slug: "benchmark", name: "Benchmark" } });
    const negotiation = await db().negotiation.create({ data: { slug: "benchmark", title: "Benchmark negotiation" } });
    const sourceIds = await loaders.createSources(author.id);
    const common = { negotiationId: negotiation.id, categoryId: category.id, authorId: author.id, sourceIds };
    const smallId = await loaders.loadIssue({ ...common, slug: "small", updates: SMALL_UPDATES });
    const bigId = await loaders.loadIssue({ ...common, slug: "big", updates: BIG_UPDATES });
    for (const table of ["Update", "UpdateSource", "Issue", "IssueStatusSegment"]) await db().$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
    // Rows written directly: the app's createShareLink pulls in the request-bound sign-in helpers.
    const shareLink = async (issueId: string, isFrozen = false) => {
      const token = generateToken();
      const snapshot = isFrozen ? await db().issue.findUniqueOrThrow({ where: { id: issueId }, select: { title: true, summary: true } }) : null;
      await db().shareLink.create({
        data: {
          tokenHash: hashToken(token),
          label: "Benchmark",
          issueId,
          createdById: author.id,
          ...(snapshot ? { snapshotAt: new Date(), snapshot: { issues: { [issueId]: snapshot } } } : {}),
        },
      });
      return token;
    };
    const smallToken = await shareLink(smallId);
    const bigToken = await shareLink(bigId);
    const smallFrozenToken = await shareLink(smallId, true);
    const bigFrozenToken = await shareLink(bigId, true);
    // The mixed load's writes go to an issue of their own, so the measured pages stay the same size.
    const writesId = await loaders.loadIssue({ ...common, slug: "writes", updates: 10 });
    // A one-update negotiation whose export, grown to the import limit, is loaded during the load.
    const importSeed = await db().negotiation.create({ data: { slug: "import-seed", title: "Import seed" } });
    await loaders.loadIssue({ ...common, negotiationId: importSeed.id, slug: "seed", updates: 1 });
    const apiToken = generateApiToken();
    await db().apiToken.create({ data: { userId: author.id, name: "Benchmark", scope: "READ_WRITE", tokenHash: hashToken(apiToken) } });
    await db().$disconnect();

    floor = await startFloor(database.url, bigId, floorPort);
    console.log(`=== starting the production server on port ${appPort}`);
    // As `npm start` runs it: one node process with tsx's loader (the tsx command would add a parent).
    const profileDir = process.argv.find((arg) => arg.startsWith("--cpu-prof="))?.slice(11);
    const profileFlags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
    app = spawn(process.execPath, [...profileFlags, ...serverNodeArgs({ tsxLoader: "tsx", script: "scripts/serve.ts", port: appPort, host: "127.0.0.1" })], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ...SERVER_ENV },
    });
    const base = `http://127.0.0.1:${appPort}`;
    await waitForServer(`${base}/api/health`, app);
    const idleRss = serverRss(app.pid!);
    if (process.argv.includes("--memory"))
      console.log(spawnSync("ps", ["-o", "pid,rss,args", "--pid", String(app.pid), "--ppid", String(app.pid)], { encoding: "utf8" }).stdout);
    const cookie = await signIn(base, author.email);

    const targets: Target[] = [
      { label: `floor: node:http + pg, first page as JSON`, url: `http://127.0.0.1:${floorPort}/` },
      { label: "/api/health", url: `${base}/api/health` },
      { label: "/account (lightest signed-in page)", url: `${base}${paths.account()}`, cookie },
      { label: `issue page, ${SMALL_UPDATES} updates`, url: `${base}${paths.issue(negotiation.slug, "small")}`, cookie },
      { label: `issue page, ${BIG_UPDATES.toLocaleString("en")} updates`, url: `${base}${paths.issue(negotiation.slug, "big")}`, cookie },
      { label: "dashboard (both issues)", url: `${base}${paths.negotiation(negotiation.slug)}`, cookie },
      { label: `share page, ${SMALL_UPDATES} updates`, url: `${base}${paths.share(smallToken)}` },
      { label: `share page, ${BIG_UPDATES.toLocaleString("en")} updates`, url: `${base}${paths.share(bigToken)}` },
      { label: `share feed, ${BIG_UPDATES.toLocaleString("en")} updates`, url: `${base}${paths.shareFeed(bigToken)}` },
      { label: `frozen share page, ${SMALL_UPDATES} updates`, url: `${base}${paths.share(smallFrozenToken)}` },
      { label: `frozen share page, ${BIG_UPDATES.toLocaleString("en")} updates`, url: `${base}${paths.share(bigFrozenToken)}` },
    ];
    if (process.argv.includes("--memory")) {
      const write: Target = { label: "log an update (API)", url: `${base}/api/v1/issues/${writesId}/updates`, cookie: `Bearer ${apiToken}` };
      const importer = {
        exportUrl: `${base}/api/v1/negotiations/${importSeed.id}/export`,
        importUrl: `${base}/api/v1/import`,
        authorization: `Bearer ${apiToken}`,
      };
      return await measureMemory(app.pid!, idleRss, [...targets.slice(2), write], importer);
    }
    if (profileDir) {
      // One target under load while the server records a CPU profile, written when it stops.
      const target = targets[option("target", 4)]!;
      console.log(`=== profiling ${target.label} for ${seconds} s into ${profileDir}`);
      await load(target, Math.min(2, seconds));
      // Transactions the database committed per request (each statement outside a transaction is one).
      const committed = async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        const { rows } = await client.query(`SELECT xact_commit::int AS n FROM pg_stat_database WHERE datname = current_database()`);
        await client.end();
        return (rows[0] as { n: number }).n;
      };
      const before = await committed();
      const result = await load(target, seconds);
      // pg_stat_database is updated at most once a second.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const perRequest = (await committed()) - before;
      console.log(`${(result.requests.total / seconds).toFixed(0)} req/s, p99 ${result.latency.p99} ms, ${result.errors + result.non2xx} errors`);
      console.log(`${(perRequest / result.requests.total).toFixed(1)} database transactions per request`);
      return 0;
    }
    if (process.argv.includes("--sizes")) {
      const saveHtmlTo = process.argv.find((arg) => arg.startsWith("--save-html="))?.slice(12);
      let isOver = false;
      console.log(`\n| what | HTML | markup | RSC payload |\n|---|---|---|---|`);
      for (const target of targets.slice(1)) {
        const response = await fetch(target.url, { redirect: "manual", headers: target.cookie ? { cookie: target.cookie } : {} });
        const body = await response.text();
        if (response.status !== 200) throw new Error(`${target.label} answered ${response.status}, not 200.`);
        const size = htmlBreakdown(body);
        console.log(`| ${target.label} | ${kb(size.total)} | ${kb(size.markup)} | ${kb(size.payload)} |`);
        if (target === targets[4]) isOver = size.total > HTML_TARGET_BYTES;
        if (saveHtmlTo) await writeFile(path.join(saveHtmlTo, `${targets.indexOf(target)}.html`), body);
      }
      console.log(`\n${isOver ? "FAIL" : "PASS"}  HTML of the ${BIG_UPDATES.toLocaleString("en")}-update issue's page within ${kb(HTML_TARGET_BYTES)}`);
      return isOver ? 1 : 0;
    }
    const bodies = new Map<Target, string>();
    for (const target of targets) {
      // Checked first: a redirect to sign-in or an error page would be fast and meaningless.
      const probe = await fetch(target.url, { redirect: "manual", headers: target.cookie ? { cookie: target.cookie } : {} });
      bodies.set(target, await probe.text());
      if (probe.status !== 200) throw new Error(`${target.label} answered ${probe.status}, not 200.`);
      await load(target, Math.min(2, seconds)); // warm-up
    }
    // Each target's seconds are cut into SLICES, taken in turn (the order rotating), so a neighbour's
    // load on a shared machine falls on every target alike and the ratios stay meaningful.
    const tallies = new Map<Target, { requests: number; p99s: number[]; errors: number }>(
      targets.map((target) => [target, { requests: 0, p99s: [], errors: 0 }]),
    );
    for (let slice = 0; slice < SLICES; slice++) {
      for (let index = 0; index < targets.length; index++) {
        const target = targets[(index + slice) % targets.length]!;
        const result = await load(target, seconds / SLICES);
        const tally = tallies.get(target)!;
        tally.requests += result.requests.total;
        tally.p99s.push(result.latency.p99);
        tally.errors += result.errors + result.non2xx;
      }
      console.log(`slice ${slice + 1} of ${SLICES} done`);
    }
    const results: Result[] = targets.map((target) => {
      const tally = tallies.get(target)!;
      const p99s = [...tally.p99s].sort((a, b) => a - b);
      return {
        ...target,
        requests: tally.requests / seconds,
        p99: p99s[Math.floor(p99s.length / 2)]!,
        errors: tally.errors,
        bytes: Buffer.byteLength(bodies.get(target)!),
      };
    });
    const loadedRss = serverRss(app.pid!);

    const floorResult = results[0]!;
    const account = results[2]!;
    console.log(`\n${CONNECTIONS} connections, ${seconds} s per target in ${SLICES} slices; p99 is the median of the slices' p99\n`);
    console.log(`| what | req/s | p99 | × floor | × /account | HTML |`);
    console.log(`|---|---|---|---|---|---|`);
    for (const result of results) {
      const kb = result.bytes === null ? "" : `${(result.bytes / 1024).toFixed(0)} KB`;
      console.log(
        `| ${result.label} | ${result.requests.toFixed(0)} | ${result.p99} ms | ${(result.requests / floorResult.requests).toFixed(2)} | ${(result.requests / account.requests).toFixed(2)} | ${kb} |${result.errors ? ` ${result.errors} errors` : ""}`,
      );
    }
    const pairs: [string, Result, Result][] = [
      ["issue page", results[3]!, results[4]!],
      ["share page", results[6]!, results[7]!],
      ["frozen share page", results[9]!, results[10]!],
    ];
    console.log("");
    for (const [label, small, big] of pairs) {
      const slowdown = small.requests / big.requests;
      console.log(
        `${slowdown <= 1.3 ? "PASS" : "OVER"}  ${label}: ${BIG_UPDATES.toLocaleString("en")} updates cost ${slowdown.toFixed(2)}× ${SMALL_UPDATES} (target ≤ 1.3×)`,
      );
    }
    for (const result of results.filter((one) => one.label.includes("share"))) {
      const verdict = result.requests >= SHARE_TARGET_RPS ? "PASS" : "MISS";
      console.log(`${verdict}  ${result.label}: ${result.requests.toFixed(0)} req/s (target ≥ ${SHARE_TARGET_RPS})`);
    }
    console.log(`server memory: ${idleRss.toFixed(0)} MB RSS after start, ${loadedRss.toFixed(0)} MB after the load`);
    return results.some((result) => result.errors > 0) ? 1 : 0;
  } finally {
    // The server ends first, so it does not log the database going away under its last requests.
    if (app && app.exitCode === null) {
      const running = app;
      await new Promise((resolve) => {
        running.once("exit", resolve);
        running.kill("SIGTERM");
        // Requests still in flight can hold a graceful stop open; the bench does not wait for them.
        setTimeout(() => running.kill("SIGKILL"), 10_000).unref();
      });
    }
    await floor?.stop();
    await database.stop();
  }
}
