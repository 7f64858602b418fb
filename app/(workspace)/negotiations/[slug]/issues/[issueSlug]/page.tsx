import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueState } from "@/components/issue/issue-state";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { CheckSourcesButton } from "@/components/sources/check-sources-button";
import { CitationGrade } from "@/components/sources/citation-grade";
import { StatusBasis } from "@/components/sources/independence-label";
import { PositionsSection } from "@/components/positions/positions-section";
import { TimelineView } from "@/components/timeline/timeline-view";
import { UpdateActions } from "@/components/timeline/update-actions";
import { getIssue } from "@/lib/issues/queries";
import { getIssueTimeline, timelineHref } from "@/lib/timeline/issue-timeline";
import { currentStatusBasis, independenceOfUpdates } from "@/lib/sources/evidence-basis";
import { issueSourcesAction } from "@/app/(workspace)/sources/evidence-actions";
import { deleteUpdateAction } from "./updates/actions";
import { paths } from "@/lib/paths";
import { parseChartRange } from "@/lib/timeline/status-segments";

interface Props {
  params: Promise<{ slug: string; issueSlug: string }>;
  searchParams: Promise<{ order?: string; after?: string; error?: string; range?: string }>;
}

/** Why a timeline action (delete) came back to this page; only known codes are shown. */
const ACTION_ERRORS: Record<string, string> = {
  NOT_FOUND: "That update no longer exists; it may have been deleted already.",
  FORBIDDEN: "You do not have permission to do that.",
  UNAUTHENTICATED: "Please sign in again.",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, issueSlug } = await params;
  const issue = await getIssue(slug, issueSlug);
  return { title: issue?.title ?? "Not found" };
}

export default async function IssuePage({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug, issueSlug } = await params;
  const query = await searchParams;
  const issue = await getIssue(slug, issueSlug);
  if (!issue) notFound();
  const { order, page, total, changes, summary, range } = await getIssueTimeline(issue, query);
  // Only a range asked for is kept in links; the default one needs no parameter.
  const asked = parseChartRange(query.range);
  const path = paths.issue(slug, issueSlug);
  const [independence, basis] = await Promise.all([independenceOfUpdates(page.entries), currentStatusBasis([issue.id])]);
  const statusBasis = basis[issue.id];

  const canEdit = can(actor.role, "update.edit");
  const canDelete = can(actor.role, "update.delete");
  const actionError = typeof query.error === "string" && Object.hasOwn(ACTION_ERRORS, query.error) ? ACTION_ERRORS[query.error] : undefined;

  return (
    <>
      <PageHeader
        title={issue.title}
        crumbs={[
          { href: paths.negotiations(), label: "Negotiations" },
          { href: paths.negotiation(slug), label: issue.negotiation.title },
        ]}
        actions={
          <>
            {can(actor.role, "update.log") ? (
              <ButtonLink href={paths.issuePage(slug, issueSlug, "log")} shortcut="l">
                Log update
              </ButtonLink>
            ) : null}
            {can(actor.role, "issue.edit") ? (
              <ButtonLink href={paths.issuePage(slug, issueSlug, "edit")} variant="secondary">
                Edit issue
              </ButtonLink>
            ) : null}
            {can(actor.role, "shareLink.create") ? (
              <ButtonLink href={paths.issuePage(slug, issueSlug, "share")} variant="secondary">
                Share
              </ButtonLink>
            ) : null}
            <ButtonLink href={paths.issuePage(slug, issueSlug, "activity")} variant="secondary">
              Activity
            </ButtonLink>
          </>
        }
      />
      {actionError ? (
        <p role="alert" className="mb-4 rounded-md bg-rose-50 p-3 text-sm text-rose-800">
          {actionError}
        </p>
      ) : null}
      <IssueState
        issue={issue}
        changes={changes}
        summary={summary}
        range={range}
        rangeHref={(value) => timelineHref(path, { order, after: query.after, range: value })}
      />
      <section aria-label="Evidence" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
        {statusBasis ? <StatusBasis independence={statusBasis} /> : <p className="text-sm text-slate-600">No update has set this status yet.</p>}
        {can(actor.role, "source.edit") && issue.sourceCount > 0 ? (
          <CheckSourcesButton
            sources={issueSourcesAction.bind(null, issue.id)}
            label={`Check all ${issue.sourceCount} ${issue.sourceCount === 1 ? "source" : "sources"} for changes`}
          />
        ) : null}
      </section>
      <PositionsSection negotiationId={issue.negotiation.id} issueId={issue.id} links={{ negotiation: slug, canLog: can(actor.role, "position.log") }} />
      <TimelineView
        independence={independence}
        renderCitationExtra={
          canEdit ? (entry, citation) => <CitationGrade updateId={entry.id} sourceId={citation.sourceId} credibility={citation.credibility} /> : undefined
        }
        entries={page.entries}
        total={total}
        order={order}
        nextCursor={page.nextCursor}
        isFirstPage={!query.after}
        pageHref={(target) => timelineHref(path, { ...target, range: asked })}
        sourceHref={(id) => paths.source(id)}
        renderActions={(entry) => (
          <UpdateActions
            entry={entry}
            issue={{ negotiationSlug: slug, slug: issueSlug }}
            canEdit={canEdit}
            deleteAction={canDelete ? deleteUpdateAction : undefined}
          />
        )}
      />
    </>
  );
}
