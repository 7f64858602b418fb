// `npm run bench`: checks the speed targets ("an issue with 10,000 updates opens as fast as one with
// 10"; "a search over 100,000 updates answers in 50 ms") against a throwaway real PostgreSQL that this script starts, fills and removes.
// Loads one negotiation with a 10-update issue and a 10,000-update issue, times the queries the
// issue page and the dashboard run, prints a table and exits non-zero when a target is missed.
// Also a dashboard of DASHBOARD_ISSUES issues × DASHBOARD_STATUS_CHANGES status changes, timed
// (reads and React render) by scripts/lib/dashboard-bench.tsx against DASHBOARD_TARGET_MS.
// `npm run bench -- --dashboard` runs that case alone (`-- --dashboard --dev-react` with React's
// development build). `npm run bench -- --reps=100` changes the
// number of timed repetitions. `npm run bench -- --http`
// measures the pages over HTTP under load instead (scripts/lib/http-bench.ts).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { getIssue } from "@/lib/issues/queries";
import { getIssueStatusChanges } from "@/lib/timeline/status-changes";
import { currentStatusBasis } from "@/lib/sources/evidence-basis";
import { checkIssueReadModels } from "@/lib/timeline/check-read-model";
import { getDashboard } from "@/lib/timeline/dashboard";
import { getIssueTimeline } from "@/lib/timeline/issue-timeline";
import { search } from "@/lib/search/search";
import { recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import { countTimeline, encodeCursor, getTimelinePage, TIMELINE_PAGE_SIZE } from "@/lib/timeline/entries";
import { runHttpBench } from "./lib/http-bench";
import { startThrowawayDatabase } from "./lib/throwaway-database";
import { runScript } from "./lib/run-script";

// ---- Targets ------------------------------------------------------------------------------------
// A page of the big issue's timeline passes when its median time is at most
// max(MAX_SLOWDOWN_FACTOR × the small issue's median, the small issue's median + MAX_SLOWDOWN_MS):
// the factor catches work that grows with the timeline, the fixed allowance keeps sub-millisecond
// noise from failing the run.
const MAX_SLOWDOWN_FACTOR = 3;
const MAX_SLOWDOWN_MS = 5;
// The whole issue page (issue, first page, maintained count and status segments, what its status
// rests on) is held to the same limit. Counting the timeline (countTimeline) and reading every status
// change (getIssueStatusChanges) still grow with it; they are timed for comparison, and only frozen
// share links (as of a past moment) still run them.
const ISSUE_PAGE_TARGET_GATES = true;

// Search answers within SEARCH_TARGET_MS (median) over a record of SEARCH_RECORD_UPDATES updates, for
// the queries an analyst types: a name, an inflected Cyrillic word, a typo, two words, and a word found
// in most updates (every benchmark note draws on the same twenty words), which lib/search ranks among
// the newest updates only, so it does not grow with the record.
const SEARCH_TARGET_MS = 50;
const SEARCH_RECORD_UPDATES = 100_000;

// The dashboard of a negotiation with DASHBOARD_ISSUES issues, each with DASHBOARD_STATUS_CHANGES
// status changes (every one moving the status), loads and renders within DASHBOARD_TARGET_MS (median).
const DASHBOARD_ISSUES = 50;
const DASHBOARD_STATUS_CHANGES = 1_000;
const DASHBOARD_TARGET_MS = 50;

// ---- Workload -----------------------------------------------------------------------------------
const SMALL_ISSUE_UPDATES = 10;
const BIG_ISSUE_UPDATES = 10_000;
/** The page of the big issue's timeline timed as "deep": reached by following nextCursor. */
const DEEP_PAGE = 200;
/** Every STATUS_CHANGE_EVERY-th update changes the issue's status (10%). */
const STATUS_CHANGE_EVERY = 10;
/** Share of updates that cite one to three sources. */
const CITED_SHARE = 0.3;
const SOURCE_COUNT = 60;
const INSERT_BATCH = 1_000;
const WARMUP_ROUNDS = 5;
const REPETITIONS = Number(process.argv.find((arg) => arg.startsWith("--reps="))?.slice(7) ?? 30);

const STATUSES: IssueStatus[] = ["UNDER_DISCUSSION", "GAPS_REMAIN", "CONVERGING", "AGREED_IN_PRINCIPLE", "DEADLOCKED", "DROPPED"];
const DAY_MS = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run loads the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = seededRandom(20251130);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** cuid-shaped ids, random rather than increasing, as the app's ids are in index order. */
function fakeId(): string {
  let id = "c";
  while (id.length < 25) id += Math.floor(random() * 36).toString(36);
  return id;
}

const WORDS =
  "delegation envoy ceasefire guarantees corridor draft clause roadmap sanctions prisoners exchange monitoring withdrawal referendum elections reconstruction assets guarantor parliament memorandum".split(
    " ",
  );

function summaryText(index: number): string {
  const sentences = 2 + Math.floor(random() * 4);
  const parts: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(WORDS));
    parts.push(`${words.join(" ")}.`);
  }
  return `Update ${index + 1}: **${pick(WORDS)}** ${parts.join(" ")}`;
}

/** Words only some notes contain: a name in 1 of 200, a Ukrainian phrase in 1 of 250, another name in 1 of 300. */
function searchWords(index: number): string {
  let words = "";
  if (index % 200 === 7) words += " Witkoff briefed the delegation.";
  if (index % 250 === 11) words += " Сторони обговорили рамку гарантій безпеки.";
  if (index % 300 === 13) words += " President Zelensky replied.";
  return words;
}

// ---- Loading ------------------------------------------------------------------------------------

async function createSources(authorId: string): Promise<string[]> {
  const outlets = await db().outlet.findMany({ select: { id: true } });
  const ids: string[] = [];
  for (let i = 0; i < SOURCE_COUNT; i++) {
    const id = fakeId();
    await db().source.create({
      data: {
        id,
        url: `https://bench.parley.local/report-${i}`,
        title: `Benchmark report ${i}`,
        outletId: outlets.length > 0 ? pick(outlets).id : undefined,
        publishedAt: new Date(Date.UTC(2024, 0, 1) + i * DAY_MS),
        language: "en",
        // Some sources republish an earlier one, as RT republishes the WSJ.
        viaId: ids.length > 0 && i % 4 === 0 ? pick(ids) : undefined,
        addedById: authorId,
      },
    });
    ids.push(id);
  }
  return ids;
}

/** Bulk-inserts an issue's updates (and their citations), then re-derives the issue's state. */
async function loadIssue(options: {
  negotiationId: string;
  categoryId: string;
  authorId: string;
  sourceIds: string[];
  slug: string;
  updates: number;
  /** Words appended to the i-th note (names and Cyrillic words for the search cases). */
  extraWords?: (index: number) => string;
}): Promise<string> {
  const issue = await db().issue.create({
    data: {
      negotiationId: options.negotiationId,
      categoryId: options.categoryId,
      slug: options.slug,
      title: `Benchmark issue with ${options.updates.toLocaleString("en")} updates`,
    },
  });
  // Updates spread over about two years at day precision (the form takes a calendar date), so
  // the big timeline has many updates on the same day and paging relies on the id tie-break.
  const firstDay = Date.UTC(2024, 0, 1);
  const spanDays = 730;
  for (let start = 0; start < options.updates; start += INSERT_BATCH) {
    const updates: Prisma.UpdateCreateManyInput[] = [];
    const citations: Prisma.UpdateSourceCreateManyInput[] = [];
    for (let i = start; i < Math.min(start + INSERT_BATCH, options.updates); i++) {
      const id = fakeId();
      const day = Math.floor((i / options.updates) * spanDays);
      const occurredAt = new Date(firstDay + day * DAY_MS);
      updates.push({
        id,
        issueId: issue.id,
        authorId: options.authorId,
        occurredAt,
        loggedAt: new Date(occurredAt.getTime() + Math.floor(random() * 2 * DAY_MS)),
        summary: `${summaryText(i)}${options.extraWords?.(i) ?? ""}`,
        toStatus: i % STATUS_CHANGE_EVERY === 3 ? pick(STATUSES) : null,
      });
      if (random() < CITED_SHARE) {
        const cited = new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(options.sourceIds)));
        [...cited].forEach((sourceId, position) =>
          citations.push({ updateId: id, sourceId, position, quote: random() < 0.5 ? `“${pick(WORDS)} ${pick(WORDS)}”` : null }),
        );
      }
    }
    await db().update.createMany({ data: updates });
    if (citations.length > 0) await db().updateSource.createMany({ data: citations });
  }
  await db().$transaction((tx) => recomputeIssueState(tx, issue.id), { timeout: 60_000 });
  return issue.id;
}

/**
 * A negotiation whose issues each changed status DASHBOARD_STATUS_CHANGES times over two years:
 * bulk-inserted updates, then each issue's state (status segments included) derived by the same
 * recompute the write path runs.
 */
async function loadDashboardNegotiation(options: { categoryId: string; authorId: string }): Promise<{ slug: string; issueIds: string[] }> {
  const negotiation = await db().negotiation.create({ data: { slug: "benchmark-dashboard", title: "Benchmark dashboard" } });
  // Up to today, so the chart's 30- and 90-day ranges have changes to draw too.
  const firstDay = Math.floor(Date.now() / DAY_MS) * DAY_MS - 730 * DAY_MS;
  const issueIds: string[] = [];
  for (let issueIndex = 0; issueIndex < DASHBOARD_ISSUES; issueIndex++) {
    const issue = await db().issue.create({
      data: {
        negotiationId: negotiation.id,
        categoryId: options.categoryId,
        slug: `dashboard-${issueIndex + 1}`,
        title: `Dashboard issue ${issueIndex + 1} with ${DASHBOARD_STATUS_CHANGES.toLocaleString("en")} status changes`,
      },
    });
    const updates: Prisma.UpdateCreateManyInput[] = Array.from({ length: DASHBOARD_STATUS_CHANGES }, (_, index) => {
      // Spread over the last 730 days at distinct moments; each moves to a status other than the last.
      const occurredAt = new Date(firstDay + Math.round((index * 730 * DAY_MS) / DASHBOARD_STATUS_CHANGES) + issueIndex * 60_000);
      return {
        id: fakeId(),
        issueId: issue.id,
        authorId: options.authorId,
        occurredAt,
        loggedAt: occurredAt,
        summary: summaryText(index),
        toStatus: STATUSES[(index + issueIndex) % STATUSES.length],
      };
    });
    await db().update.createMany({ data: updates });
    await db().$transaction((tx) => recomputeIssueState(tx, issue.id), { timeout: 60_000 });
    issueIds.push(issue.id);
  }
  return { slug: negotiation.slug, issueIds };
}

/**
 * Times the dashboard in a process under Node's default conditions, where react-dom/server renders,
 * with NODE_ENV=production as `next start` runs: React's development build checks and records every
 * element and costs two to three times as much render time. `--dev-react` times it that way instead.
 */
function timeDashboard(slug: string): number {
  const child = spawnSync(
    "node_modules/.bin/tsx",
    [
      "--import",
      "./scripts/lib/allow-server-only.ts",
      "scripts/lib/dashboard-bench.tsx",
      `--negotiation=${slug}`,
      `--reps=${REPETITIONS}`,
      `--target=${DASHBOARD_TARGET_MS}`,
    ],
    { stdio: "inherit", env: { ...process.env, NODE_ENV: process.argv.includes("--dev-react") ? "development" : "production" } },
  );
  return child.status ?? 1;
}

// ---- Timing -------------------------------------------------------------------------------------

interface Stats {
  median: number;
  p95: number;
}

interface Case {
  label: string;
  run: () => Promise<unknown>;
  samples: number[];
}

function percentile(sorted: number[], p: number): number {
  // Nearest-rank percentile.
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? (sorted[Math.floor(middle)] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, p95: percentile(sorted, 0.95) };
}

/**
 * Runs every case WARMUP_ROUNDS times untimed, then REPETITIONS rounds timed. Each round runs all
 * cases one after another, so drift (autovacuum, GC, a busy machine) hits small and big alike.
 */
async function timeAll(cases: Case[]): Promise<void> {
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const c of cases) await c.run();
  for (let round = 0; round < REPETITIONS; round++) {
    for (const c of cases) {
      const started = performance.now();
      await c.run();
      c.samples.push(performance.now() - started);
    }
  }
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

function memoryLine(): string {
  const memory = process.memoryUsage();
  return `rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)}, external ${mb(memory.external)}`;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Benchmark data is not what it should be: ${message}`);
}

// ---- Main ---------------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (!Number.isInteger(REPETITIONS) || REPETITIONS < 1) throw new Error("--reps must be a positive whole number.");
  // lib/env.ts wants a session secret even though nothing here signs in; a throwaway one will do.
  process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("hex");
  if (process.argv.includes("--http")) return runHttpBench({ createSources, loadIssue });
  const database = await startThrowawayDatabase("bench");
  const stop = async () => {
    await db()
      .$disconnect()
      .catch(() => undefined);
    await database.stop();
  };
  try {
    if (process.argv.includes("--dashboard")) {
      const author = await db().user.create({ data: { email: "bench@parley.local", name: "Benchmark analyst", role: "ANALYST" } });
      const category = await db().category.create({ data: { slug: "benchmark", name: "Benchmark" } });
      console.log(`=== loading ${DASHBOARD_ISSUES} issues × ${DASHBOARD_STATUS_CHANGES.toLocaleString("en")} status changes`);
      const { slug } = await loadDashboardNegotiation({ categoryId: category.id, authorId: author.id });
      for (const table of ["Update", "Issue", "IssueStatusSegment"]) await db().$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
      return timeDashboard(slug);
    }
    console.log(`=== loading ${SMALL_ISSUE_UPDATES} + ${BIG_ISSUE_UPDATES.toLocaleString("en")} updates`);
    const loadStarted = performance.now();
    const author = await db().user.create({ data: { email: "bench@parley.local", name: "Benchmark analyst", role: "ANALYST" } });
    const category = await db().category.create({ data: { slug: "benchmark", name: "Benchmark" } });
    const negotiation = await db().negotiation.create({ data: { slug: "benchmark", title: "Benchmark negotiation" } });
    const sourceIds = await createSources(author.id);
    const common = { negotiationId: negotiation.id, categoryId: category.id, authorId: author.id, sourceIds };
    const smallId = await loadIssue({ ...common, slug: "small", updates: SMALL_ISSUE_UPDATES });
    const bigId = await loadIssue({ ...common, slug: "big", updates: BIG_ISSUE_UPDATES });
    // The rest of the search record: names and Cyrillic words in a few notes, as in real ones.
    const searchIssueUpdates = SEARCH_RECORD_UPDATES - SMALL_ISSUE_UPDATES - BIG_ISSUE_UPDATES;
    console.log(`=== loading ${searchIssueUpdates.toLocaleString("en")} more updates for search`);
    // In a negotiation of its own, so the dashboard timed below is unchanged.
    const searchNegotiation = await db().negotiation.create({ data: { slug: "benchmark-search", title: "Benchmark search record" } });
    await loadIssue({ ...common, negotiationId: searchNegotiation.id, slug: "search", updates: searchIssueUpdates, extraWords: searchWords });
    console.log(`=== loading ${DASHBOARD_ISSUES} issues × ${DASHBOARD_STATUS_CHANGES.toLocaleString("en")} status changes for the dashboard`);
    const dashboardNegotiation = await loadDashboardNegotiation({ categoryId: category.id, authorId: author.id });
    // What autovacuum does on its own shortly after a bulk load: planner statistics, visibility map.
    await db().$executeRawUnsafe(`VACUUM ANALYZE "Update"`);
    await db().$executeRawUnsafe(`VACUUM ANALYZE "UpdateSource"`);
    await db().$executeRawUnsafe(`VACUUM ANALYZE "Issue"`);
    await db().$executeRawUnsafe(`VACUUM ANALYZE "SearchWord"`);
    await db().$executeRawUnsafe(`VACUUM ANALYZE "IssueStatusSegment"`);
    console.log(`loaded in ${(performance.now() - loadStarted).toFixed(0)} ms`);

    // The deep page's cursor, reached the way a reader gets there: by following nextCursor.
    const walkStarted = performance.now();
    let deepCursor: string | undefined;
    for (let page = 1; page < DEEP_PAGE; page++) {
      const result = await getTimelinePage(bigId, { after: deepCursor });
      check(result.nextCursor, `the big timeline ends before page ${DEEP_PAGE}`);
      deepCursor = result.nextCursor;
    }
    const walkMs = performance.now() - walkStarted;
    // Two more depths, for information: whether cost grows with depth. Their cursors are the entry
    // just before the page, which is exactly what following nextCursor to it would give.
    const lastPage = Math.ceil(BIG_ISSUE_UPDATES / TIMELINE_PAGE_SIZE);
    const cursorForPage = async (page: number) =>
      encodeCursor(
        await db().update.findFirstOrThrow({
          where: { issueId: bigId, deletedAt: null },
          orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
          skip: (page - 1) * TIMELINE_PAGE_SIZE - 1,
          select: { occurredAt: true, id: true },
        }),
      );
    const laterPage = Math.round(lastPage * 0.75);
    const laterCursor = await cursorForPage(laterPage);
    const lastCursor = await cursorForPage(lastPage);

    // The numbers only mean something if the queries return the right rows.
    const [smallFirst, bigFirst, deep, last, smallCount, bigCount, bigChanges, dashboard] = await Promise.all([
      getTimelinePage(smallId),
      getTimelinePage(bigId),
      getTimelinePage(bigId, { after: deepCursor }),
      getTimelinePage(bigId, { after: lastCursor }),
      countTimeline(smallId),
      countTimeline(bigId),
      getIssueStatusChanges(bigId),
      getDashboard(negotiation.id).then((result) => result.issues),
    ]);
    const expectedDeep = await db().update.findMany({
      where: { issueId: bigId, deletedAt: null },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (DEEP_PAGE - 1) * TIMELINE_PAGE_SIZE,
      take: TIMELINE_PAGE_SIZE,
      select: { id: true },
    });
    check(smallFirst.entries.length === SMALL_ISSUE_UPDATES && !smallFirst.nextCursor, "small issue's first page");
    check(bigFirst.entries.length === TIMELINE_PAGE_SIZE && bigFirst.nextCursor, "big issue's first page");
    check(
      deep.entries.map((e) => e.id).join() === expectedDeep.map((e) => e.id).join(),
      `page ${DEEP_PAGE} is not rows ${(DEEP_PAGE - 1) * TIMELINE_PAGE_SIZE + 1}…`,
    );
    check(last.entries.length === BIG_ISSUE_UPDATES - (lastPage - 1) * TIMELINE_PAGE_SIZE && !last.nextCursor, "last page");
    check(smallCount === SMALL_ISSUE_UPDATES && bigCount === BIG_ISSUE_UPDATES, "timeline counts");
    check(bigChanges.length === BIG_ISSUE_UPDATES / STATUS_CHANGE_EVERY, "status changes");
    check(dashboard.length === 2 && dashboard.every((issue) => issue.updateCount > 0 && issue.lastUpdateAt), "dashboard rows");
    const citedEntries = bigFirst.entries.filter((entry) => entry.sources.length > 0).length;

    console.log(`after loading: ${memoryLine()}`);

    const smallIssue = await db().issue.findUniqueOrThrow({ where: { id: smallId }, select: { slug: true } });
    const bigIssue = await db().issue.findUniqueOrThrow({ where: { id: bigId }, select: { slug: true } });
    check((await checkIssueReadModels(db(), [smallId, bigId])).length === 0, "maintained counts and status segments match the timelines");
    /** What the issue page awaits: the issue, then its timeline (page, count, status strip), then what its status rests on. */
    const openIssuePage = async (slug: string) => {
      const issue = await getIssue(negotiation.slug, slug);
      check(issue, `issue ${slug}`);
      const { page } = await getIssueTimeline(issue, {});
      check(page.entries.length > 0, `issue ${slug} has entries`);
      await currentStatusBasis([issue.id]);
    };

    const make = (label: string, run: () => Promise<unknown>): Case => ({ label, run, samples: [] });
    const small = {
      first: make("first page, newest first", () => getTimelinePage(smallId)),
      oldest: make("first page, oldest first", () => getTimelinePage(smallId, { order: "oldest" })),
      count: make("countTimeline", () => countTimeline(smallId)),
      changes: make("getIssueStatusChanges", () => getIssueStatusChanges(smallId)),
      page: make("issue page (all its queries)", () => openIssuePage(smallIssue.slug)),
    };
    const big = {
      first: make("first page, newest first", () => getTimelinePage(bigId)),
      deep: make(`page ${DEEP_PAGE}, newest first`, () => getTimelinePage(bigId, { after: deepCursor })),
      later: make(`page ${laterPage}, newest first`, () => getTimelinePage(bigId, { after: laterCursor })),
      last: make(`page ${lastPage} (last), newest first`, () => getTimelinePage(bigId, { after: lastCursor })),
      oldest: make("first page, oldest first", () => getTimelinePage(bigId, { order: "oldest" })),
      count: make("countTimeline", () => countTimeline(bigId)),
      changes: make("getIssueStatusChanges", () => getIssueStatusChanges(bigId)),
      page: make("issue page (all its queries)", () => openIssuePage(bigIssue.slug)),
    };
    const negotiationCases = {
      dashboard: make("getDashboard (issues, counts, status changes)", () => getDashboard(negotiation.id)),
    };
    const searchCases = {
      name: make("a name (Witkoff)", () => search({ kind: "workspace" }, "Witkoff", {})),
      cyrillic: make("an inflected word (гарантії → гарантій)", () => search({ kind: "workspace" }, "гарантії", {})),
      typo: make("a typo (Zelenskyy → Zelensky)", () => search({ kind: "workspace" }, "Zelenskyy", {})),
      twoWords: make("two words (witkoff deleg)", () => search({ kind: "workspace" }, "witkoff deleg", {})),
      common: make("a word in most updates (referendum)", () => search({ kind: "workspace" }, "referendum", {})),
    };
    const gatedSearches = Object.values(searchCases);
    const expectSearch = async (q: string, word: string) => {
      const result = await search({ kind: "workspace" }, q, {});
      check(result.hits.length === 20 && result.hits.every((hit) => hit.body.includes(word)), `search for ${q} finds notes with ${word}`);
    };
    await expectSearch("Witkoff", "Witkoff");
    await expectSearch("referendum", "referendum");
    check((await search({ kind: "workspace" }, "referendum", {})).broad !== undefined, "a search for a word in most updates ranks the newest only");
    await expectSearch("гарантії", "гарантій");
    await expectSearch("Zelenskyy", "Zelensky");
    check((await db().update.count()) >= SEARCH_RECORD_UPDATES, `at least ${SEARCH_RECORD_UPDATES} updates`);
    check(
      (await db().issueStatusSegment.count({ where: { issueId: { in: dashboardNegotiation.issueIds } } })) === DASHBOARD_ISSUES * DASHBOARD_STATUS_CHANGES,
      `${DASHBOARD_ISSUES} dashboard issues with ${DASHBOARD_STATUS_CHANGES} status segments each`,
    );

    console.log(`=== timing: ${WARMUP_ROUNDS} warm-up rounds, ${REPETITIONS} timed rounds`);
    await timeAll([...Object.values(small), ...Object.values(big), ...Object.values(negotiationCases), ...Object.values(searchCases)]);

    const rows: [string, Case | undefined, Case | undefined][] = [
      ["first page, newest first", small.first, big.first],
      [`page ${DEEP_PAGE}, newest first *`, undefined, big.deep],
      [`page ${laterPage}, newest first *`, undefined, big.later],
      [`page ${lastPage} (last), newest first *`, undefined, big.last],
      ["first page, oldest first", small.oldest, big.oldest],
      ["countTimeline", small.count, big.count],
      ["getIssueStatusChanges", small.changes, big.changes],
      ["issue page (all its queries)", small.page, big.page],
    ];
    const cell = (c: Case | undefined) => {
      if (!c) return "—".padStart(22);
      const s = stats(c.samples);
      return `${ms(s.median).padStart(10)} ${ms(s.p95).padStart(11)}`;
    };
    const head = `${"".padEnd(34)} ${`${SMALL_ISSUE_UPDATES} updates`.padStart(22)}   ${`${BIG_ISSUE_UPDATES.toLocaleString("en")} updates`.padStart(22)}   ratio`;
    console.log(`\n${head}\n${"".padEnd(34)} ${"median".padStart(10)} ${"p95".padStart(11)}   ${"median".padStart(10)} ${"p95".padStart(11)}`);
    for (const [label, s, b] of rows) {
      const ratio = b ? `${(stats(b.samples).median / stats((s ?? small.first).samples).median).toFixed(1)}×` : "";
      console.log(`${label.padEnd(34)} ${cell(s)}   ${cell(b)}   ${ratio}`);
    }
    for (const c of Object.values(negotiationCases)) console.log(`${c.label.padEnd(34)} ${cell(c)}   (negotiation with both issues)`);
    console.log(`* ratio to the first page of the ${SMALL_ISSUE_UPDATES}-update issue, which has no other page`);
    console.log(`\nsearch over ${SEARCH_RECORD_UPDATES.toLocaleString("en")} updates (first page of 20)   median         p95`);
    for (const c of Object.values(searchCases)) console.log(`${c.label.padEnd(44)} ${cell(c)}`);
    console.log(`\nwalking pages 1–${DEEP_PAGE - 1} of the big timeline by cursor took ${ms(walkMs)} (${ms(walkMs / (DEEP_PAGE - 1))} a page)`);
    console.log(`entries with sources on the big issue's first page: ${citedEntries} of ${bigFirst.entries.length}`);
    console.log(`after timing: ${memoryLine()}`);
    const sizes = await db().$queryRawUnsafe<{ table: string; size: string }[]>(
      `SELECT relname AS "table", pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class WHERE relname IN ('Update', 'UpdateSource') ORDER BY relname`,
    );
    console.log(`database: ${sizes.map((row) => `"${row.table}" ${row.size} with indexes`).join(", ")}`);

    // Targets: the big issue against the small one's first page, which is what "opens as fast" means.
    const targets: { name: string; baseline: Case; measured: Case; gates: boolean }[] = [
      {
        name: `first page of ${BIG_ISSUE_UPDATES.toLocaleString("en")} vs ${SMALL_ISSUE_UPDATES} updates`,
        baseline: small.first,
        measured: big.first,
        gates: true,
      },
      {
        name: `page ${DEEP_PAGE} of ${BIG_ISSUE_UPDATES.toLocaleString("en")} vs first page of ${SMALL_ISSUE_UPDATES}`,
        baseline: small.first,
        measured: big.deep,
        gates: true,
      },
      {
        name: `issue page opens, ${BIG_ISSUE_UPDATES.toLocaleString("en")} vs ${SMALL_ISSUE_UPDATES} updates`,
        baseline: small.page,
        measured: big.page,
        gates: ISSUE_PAGE_TARGET_GATES,
      },
    ];
    console.log(`\n=== targets: median within max(${MAX_SLOWDOWN_FACTOR}×, +${MAX_SLOWDOWN_MS} ms) of the baseline`);
    let failed = 0;
    for (const target of targets) {
      const baseline = stats(target.baseline.samples).median;
      const measured = stats(target.measured.samples).median;
      const limit = Math.max(MAX_SLOWDOWN_FACTOR * baseline, baseline + MAX_SLOWDOWN_MS);
      const passed = measured <= limit;
      if (!passed && target.gates) failed++;
      const verdict = target.gates ? (passed ? "PASS" : "FAIL") : passed ? "pass (not gating)" : "over (not gating)";
      console.log(`${verdict}  ${target.name}: ${ms(measured)} (limit ${ms(limit)}, baseline ${ms(baseline)})`);
    }
    for (const c of gatedSearches) {
      const median = stats(c.samples).median;
      const passed = median <= SEARCH_TARGET_MS;
      if (!passed) failed++;
      console.log(`${passed ? "PASS" : "FAIL"}  search, ${c.label}: ${ms(median)} (limit ${ms(SEARCH_TARGET_MS)})`);
    }
    if (timeDashboard(dashboardNegotiation.slug) !== 0) failed++;
    return failed > 0 ? 1 : 0;
  } finally {
    console.log("=== stopping PostgreSQL");
    await stop();
  }
}

runScript(main, { showStack: true });
