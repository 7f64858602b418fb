import { StatusSwimlanes } from "@/components/charts/status-swimlanes";
import { IssueTable } from "@/components/issue-table";
import { PartyList } from "@/components/negotiation/party-list";
import { PositionsSection } from "@/components/positions/positions-section";
import { StatusLegend } from "@/components/status-legend";
import { getDashboard } from "@/lib/timeline/dashboard";
import type { ResolvedShareLink } from "@/lib/share-links/resolve-share-link";
import { paths } from "@/lib/paths";
import type { ChartRange } from "@/lib/timeline/status-segments";

interface Props {
  link: ResolvedShareLink;
  negotiation: { id: string; title: string; description: string; parties: { id: string; name: string; description: string }[] };
  token: string;
  /** The status chart's range, as asked in the URL (see parseChartRange). */
  range?: ChartRange;
}

/** A whole negotiation as a share-link visitor sees it: its dashboard, every issue one click away. */
export async function SharedNegotiation({ link, negotiation, token, range: asked }: Props) {
  const { issues, changesByIssue, summaries, range } = await getDashboard(negotiation.id, link.asOf, asked);
  const titled = issues.map((issue) => ({ ...issue, title: link.snapshot.issues?.[issue.id]?.title ?? issue.title }));
  const issueHref = (slug: string) => paths.sharedIssue(token, slug);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">{negotiation.title}</h1>
        <form method="get" action={paths.shareSearch(token)} role="search" aria-label="Search what is shared" className="no-print flex gap-2">
          <label htmlFor="shared-search" className="sr-only">
            Search this negotiation
          </label>
          <input
            id="shared-search"
            name="q"
            type="search"
            placeholder="Search this negotiation…"
            className="rounded border border-slate-300 px-2 py-1 text-sm"
          />
          <button type="submit" className="rounded bg-slate-900 px-3 py-1 text-sm font-semibold text-white">
            Search
          </button>
        </form>
      </div>
      {negotiation.description ? <p className="mt-2 max-w-3xl text-slate-700">{negotiation.description}</p> : null}
      <PartyList parties={negotiation.parties} className="mb-6 mt-3" />
      <section aria-labelledby="chart-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="chart-heading" className="mb-3 text-lg font-semibold">
          Statuses over time
        </h2>
        <StatusSwimlanes
          title={`Status of each issue over time in ${negotiation.title}`}
          until={link.asOf}
          range={range}
          rangeHref={(value) => paths.share(token, { range: value })}
          rows={titled.map((issue) => ({
            id: issue.id,
            label: issue.title,
            href: issueHref(issue.slug),
            changes: changesByIssue.get(issue.id) ?? [],
            summary: summaries?.get(issue.id),
          }))}
        />
      </section>
      <PositionsSection negotiationId={negotiation.id} knownAt={link.asOf} issueTitles={link.snapshot.issues} />
      <h2 className="mb-3 text-lg font-semibold">Issues on the table</h2>
      <IssueTable issues={titled} issueHref={issueHref} changesByIssue={changesByIssue} />
      <div className="mt-4">
        <StatusLegend />
      </div>
    </>
  );
}
