import { IssueState } from "@/components/issue/issue-state";
import { PositionsSection } from "@/components/positions/positions-section";
import { TimelineView } from "@/components/timeline/timeline-view";
import { getIssueTimeline, timelineHref, type TimelineQuery } from "@/lib/timeline/issue-timeline";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import type { ResolvedShareLink } from "@/lib/share-links/resolve-share-link";
import { TIMELINE_MAX_PAGE_SIZE } from "@/lib/timeline/entries";
import { parseChartRange } from "@/lib/timeline/status-segments";

interface Props {
  link: ResolvedShareLink;
  issue: {
    id: string;
    negotiationId: string;
    title: string;
    summary: string;
    status: IssueStatus;
    updateCount: number;
    lastUpdateAt: Date | null;
    updatedAt: Date;
    category: { name: string };
  };
  path: string;
  query: TimelineQuery & { print?: string };
}

/**
 * One issue as a visitor of a share link sees it: the workspace's rendering, without any control
 * that changes something, without links into the workspace, and frozen when the link is.
 */
export async function SharedIssue({ link, issue, path, query }: Props) {
  const isPrint = query.print === "1";
  const view = await getIssueTimeline(issue, query, { asOf: link.asOf, pageSize: isPrint ? TIMELINE_MAX_PAGE_SIZE : undefined });
  const frozen = link.asOf ? link.snapshot.issues?.[issue.id] : undefined;
  const shown = {
    ...issue,
    title: frozen?.title ?? issue.title,
    summary: frozen?.summary ?? issue.summary,
    status: view.status,
    lastUpdateAt: view.lastUpdateAt === undefined ? issue.lastUpdateAt : view.lastUpdateAt,
  };
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{shown.title}</h1>
      <IssueState
        issue={shown}
        changes={view.changes}
        summary={view.summary}
        until={link.asOf}
        range={view.range}
        rangeHref={(value) => timelineHref(path, { order: view.order, after: query.after, range: value })}
      />
      {isPrint ? null : <PositionsSection negotiationId={issue.negotiationId} issueId={issue.id} knownAt={link.asOf} />}
      {isPrint && view.page.nextCursor ? (
        <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          This printable version holds the newest {view.page.entries.length} of {view.total} entries; the rest are on the pages of the normal view.
        </p>
      ) : null}
      {isPrint ? null : (
        <p className="no-print mb-4 text-sm">
          <a href={`${path}?print=1`}>Printable version (whole timeline)</a>
        </p>
      )}
      <TimelineView
        entries={view.page.entries}
        total={view.total}
        order={view.order}
        nextCursor={view.page.nextCursor}
        isFirstPage={!query.after}
        pageHref={(target) => timelineHref(path, { ...target, range: parseChartRange(query.range) })}
        hideAuthors={link.hideAuthors}
      />
    </>
  );
}
