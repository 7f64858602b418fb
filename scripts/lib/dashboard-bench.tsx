// Run by `npm run bench` (in its throwaway database) for "a dashboard of 50 issues × 1,000 status
// changes renders in ≤ 50 ms server time". Times what the dashboard page does on the server that
// grows with its issues: the reads it awaits (the same lib functions) and the React render of the
// status chart and the issue table to HTML. Runs under Node's default conditions (see
// allow-server-only.ts), where react-dom/server renders; prints medians and exits 1 on a miss.
// Arguments: --negotiation=<slug> --reps=<n> --target=<ms>.
import { performance } from "node:perf_hooks";
import { renderToString } from "react-dom/server";
import { StatusSwimlanes } from "@/components/charts/status-swimlanes";
import { IssueTable } from "@/components/issue-table";
import { db } from "@/lib/db/client";
import { getNegotiationBySlug, listCategories } from "@/lib/negotiations/queries";
import { paths } from "@/lib/paths";
import { currentStatusBasis } from "@/lib/sources/evidence-basis";
import { getDashboard } from "@/lib/timeline/dashboard";
import { runScript } from "./run-script";

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
const WARMUP_ROUNDS = 5;

/** The reads the dashboard page awaits, in the same order (its visit record is a write, left out). */
async function loadDashboard(slug: string) {
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) throw new Error(`No negotiation ${slug}.`);
  const [{ issues, changesByIssue }] = await Promise.all([getDashboard(negotiation.id), listCategories()]);
  const basis = await currentStatusBasis(issues.map((issue) => issue.id));
  return { negotiation, issues, changesByIssue, basis };
}

/** The parts of the page that grow with its issues: the chart (with its table) and the issue table. */
function renderDashboard({ negotiation, issues, changesByIssue, basis }: Awaited<ReturnType<typeof loadDashboard>>): string {
  return renderToString(
    <>
      <StatusSwimlanes
        title={`Status of each issue over time in ${negotiation.title}`}
        rows={issues.map((issue) => ({
          id: issue.id,
          label: issue.title,
          href: paths.issue(negotiation.slug, issue.slug),
          changes: changesByIssue.get(issue.id) ?? [],
        }))}
      />
      <IssueTable issues={issues} issueHref={(slug) => paths.issue(negotiation.slug, slug)} basis={basis} changesByIssue={changesByIssue} />
    </>,
  );
}

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(): Promise<number> {
  const slug = argument("negotiation");
  const reps = Number(argument("reps") ?? 30);
  const target = Number(argument("target") ?? 50);
  if (!slug) throw new Error("--negotiation=<slug> is required.");
  const samples = { load: [] as number[], render: [] as number[], total: [] as number[] };
  let html = "";
  let segments = 0;
  for (let round = 0; round < WARMUP_ROUNDS + reps; round++) {
    const started = performance.now();
    const data = await loadDashboard(slug);
    const loaded = performance.now();
    html = renderDashboard(data);
    const rendered = performance.now();
    segments = [...data.changesByIssue.values()].reduce((sum, changes) => sum + changes.length, 0);
    if (round < WARMUP_ROUNDS) continue;
    samples.load.push(loaded - started);
    samples.render.push(rendered - loaded);
    samples.total.push(rendered - started);
  }
  await db().$disconnect();
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`\ndashboard of a negotiation with ${segments.toLocaleString("en")} status segments, ${reps} timed rounds (median)`);
  console.log(`reads (getDashboard, categories, status basis) ${ms(median(samples.load)).padStart(12)}`);
  console.log(`render chart and issue table to HTML          ${ms(median(samples.render)).padStart(12)}   (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB)`);
  const total = median(samples.total);
  const passed = total <= target;
  console.log(`${passed ? "PASS" : "FAIL"}  dashboard server time: ${ms(total)} (limit ${ms(target)})`);
  return passed ? 0 : 1;
}

runScript(main, { showStack: true });
