import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IssueState } from "@/components/issue/issue-state";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { TimelineView } from "@/components/timeline/timeline-view";
import { UpdateActions } from "@/components/timeline/update-actions";
import { getIssue } from "@/lib/issues/queries";
import { getIssueTimeline, timelineHref } from "@/lib/issues/issue-timeline";
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
  const { order, page, total, changes } = await getIssueTimeline(issue, query);
  const path = `/negotiations/${slug}/issues/${issueSlug}`;

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
            {can(actor.role, "update.log") ? <ButtonLink href={`${path}/log`} shortcut="l">
                Log update
              </ButtonLink> : null}
            {can(actor.role, "issue.edit") ? (
              <ButtonLink href={`${path}/edit`} variant="secondary">
                Edit issue
              </ButtonLink>
            ) : null}
            {can(actor.role, "shareLink.create") ? (
              <ButtonLink href={`${path}/share`} variant="secondary">
                Share
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
      <IssueState issue={issue} changes={changes} />
      <TimelineView
        entries={page.entries}
        total={total}
        order={order}
        nextCursor={page.nextCursor}
        isFirstPage={!query.after}
        pageHref={(target) => timelineHref(path, target)}
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
