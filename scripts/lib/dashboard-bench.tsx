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

type Step = "getDashboard" | "listCategories" | "currentStatusBasis" | "render chart" | "render issue table";

/**
 * What the dashboard page does on the server that grows with its issues, each step timed into
 * `times`: the reads it awaits (its visit record is a write, left out), then the React render of
 * the status chart (with its table) and of the issue table.
 */
async function dashboardOnce(slug: string, times: Map<Step, number>): Promise<{ html: string; points: number; segments: number }> {
  let started = performance.now();
  const step = (name: Step) => {
    const now = performance.now();
    times.set(name, now - started);
    started = now;
  };
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) throw new Error(`No negotiation ${slug}.`);
  const { issues, changesByIssue, summaries, range } = await getDashboard(negotiation.id);
  step("getDashboard");
  await listCategories();
  step("listCategories");
  const basis = await currentStatusBasis(issues.map((issue) => issue.id));
  step("currentStatusBasis");
  const chart = renderToString(
    <StatusSwimlanes
      title={`Status of each issue over time in ${negotiation.title}`}
      range={range}
      rangeHref={(value) => paths.negotiation(negotiation.slug, { range: value })}
      rows={issues.map((issue) => ({
        id: issue.id,
        label: issue.title,
        href: paths.issue(negotiation.slug, issue.slug),
        changes: changesByIssue.get(issue.id) ?? [],
        summary: summaries?.get(issue.id),
      }))}
    />,
  );
  step("render chart");
  const table = renderToString(
    <IssueTable issues={issues} issueHref={(issueSlug) => paths.issue(negotiation.slug, issueSlug)} basis={basis} changesByIssue={changesByIssue} />,
  );
  step("render issue table");
  return {
    html: chart + table,
    points: [...changesByIssue.values()].reduce((sum, changes) => sum + changes.length, 0),
    segments: [...(summaries?.values() ?? [])].reduce((sum, summary) => sum + summary.changeCount + 1, 0),
  };
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
  const samples = new Map<Step | "total", number[]>();
  let last = { html: "", points: 0, segments: 0 };
  for (let round = 0; round < WARMUP_ROUNDS + reps; round++) {
    const times = new Map<Step, number>();
    last = await dashboardOnce(slug, times);
    if (round < WARMUP_ROUNDS) continue;
    for (const [name, ms] of [...times, ["total", [...times.values()].reduce((sum, ms) => sum + ms, 0)] as const]) {
      samples.set(name, [...(samples.get(name) ?? []), ms]);
    }
  }
  await db().$disconnect();
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `\ndashboard of ${last.segments.toLocaleString("en")} status segments (${last.points.toLocaleString("en")} read for the chart), HTML ${(Buffer.byteLength(last.html) / 1024).toFixed(1)} KB; median of ${reps} rounds`,
  );
  for (const [name, values] of samples) console.log(`${name.padEnd(24)} ${ms(median(values)).padStart(12)}`);
  const total = median(samples.get("total") ?? []);
  const passed = total <= target;
  console.log(`${passed ? "PASS" : "FAIL"}  dashboard server time: ${ms(total)} (limit ${ms(target)})`);
  return passed ? 0 : 1;
}

runScript(main, { showStack: true });
