import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatusSwimlanes } from "@/components/charts/status-swimlanes";
import { Markdown } from "@/components/markdown";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { TimelineView } from "@/components/timeline/timeline-view";
import { UpdateActions } from "@/components/timeline/update-actions";
import { formatDay } from "@/lib/format";
import { getIssue, getIssueStatusChanges } from "@/lib/issues/queries";
import { STATUS_SCALE } from "@/lib/statuses";
import { countTimeline, getTimelinePage, type TimelineOrder } from "@/lib/updates/timeline";
import { deleteUpdateAction } from "./updates/actions";

interface Props {
  params: Promise<{ slug: string; issueSlug: string }>;
  searchParams: Promise<{ order?: string; after?: string; error?: string }>;
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
  const order: TimelineOrder = query.order === "oldest" ? "oldest" : "newest";
  const [page, total, changes] = await Promise.all([
    getTimelinePage(issue.id, { order, after: query.after }),
    countTimeline(issue.id),
    getIssueStatusChanges(issue.id),
  ]);
  const path = `/negotiations/${slug}/issues/${issueSlug}`;
  const pageHref = ({ order: nextOrder, after }: { order: TimelineOrder; after?: string }) => {
    const params = new URLSearchParams();
    if (nextOrder !== "newest") params.set("order", nextOrder);
    if (after) params.set("after", after);
    const search = params.toString();
    return search ? `${path}?${search}` : path;
  };

  const canEdit = can(actor.role, "update.edit");
  const canDelete = can(actor.role, "update.delete");
  const actionError = typeof query.error === "string" && Object.hasOwn(ACTION_ERRORS, query.error) ? ACTION_ERRORS[query.error] : undefined;

  return (
    <>
      <PageHeader
        title={issue.title}
        crumbs={[
          { href: "/negotiations", label: "Negotiations" },
          { href: `/negotiations/${slug}`, label: issue.negotiation.title },
        ]}
        actions={
          <>
            {can(actor.role, "update.log") ? <ButtonLink href={`${path}/log`}>Log update</ButtonLink> : null}
            {can(actor.role, "issue.edit") ? (
              <ButtonLink href={`${path}/edit`} variant="secondary">
                Edit issue
              </ButtonLink>
            ) : null}
            <ButtonLink href={`${path}/activity`} variant="secondary">
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
      <section aria-label="Current state" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[1fr_2fr]">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Status</p>
          <p className="mt-1">
            <StatusBadge status={issue.status} />
          </p>
          <p className="mt-2 text-sm text-slate-600">{STATUS_SCALE[issue.status].meaning}</p>
          <p className="mt-3 text-xs text-slate-500">
            {issue.category.name}
            {issue.lastUpdateAt ? ` · last change ${formatDay(issue.lastUpdateAt)}` : ""}
          </p>
        </div>
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Summary</p>
          <div className="mt-1">{issue.summary ? <Markdown>{issue.summary}</Markdown> : <p className="text-slate-500">No summary yet.</p>}</div>
        </div>
      </section>
      <section aria-label="Status over time" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <StatusSwimlanes
          title={`Status of ${issue.title} over time`}
          rows={[{ id: issue.id, label: issue.title, changes: changes.map((change) => ({ occurredAt: change.occurredAt, toStatus: change.toStatus! })) }]}
        />
      </section>
      <TimelineView
        entries={page.entries}
        total={total}
        order={order}
        nextCursor={page.nextCursor}
        isFirstPage={!query.after}
        pageHref={pageHref}
        sourceHref={(id) => `/sources/${id}`}
        renderActions={(entry) => (
          <UpdateActions
            entry={entry}
            issuePath={path}
            canEdit={canEdit}
            deleteAction={canDelete ? deleteUpdateAction.bind(null, entry.id) : undefined}
          />
        )}
      />
    </>
  );
}
