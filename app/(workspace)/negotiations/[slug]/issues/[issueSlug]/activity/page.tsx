import { requireActorOrRedirect } from "@/lib/auth/actor";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivityList } from "@/components/activity/activity-list";
import { PageHeader } from "@/components/page-header";
import { listAuditEvents } from "@/lib/audit/queries";
import { getIssue } from "@/lib/issues/queries";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ slug: string; issueSlug: string }>;
  searchParams: Promise<{ before?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, issueSlug } = await params;
  const issue = await getIssue(slug, issueSlug);
  return { title: issue ? `Activity · ${issue.title}` : "Not found" };
}

/** Every change to one issue and its updates, newest first. Readable by every signed-in role. */
export default async function IssueActivityPage({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug, issueSlug } = await params;
  const { before } = await searchParams;
  const issue = await getIssue(slug, issueSlug);
  if (!issue) notFound();
  const { events, nextCursor } = await listAuditEvents(actor, { issueId: issue.id, before });
  const path = paths.issuePage(slug, issueSlug, "activity");
  return (
    <>
      <PageHeader
        title={`Activity: ${issue.title}`}
        crumbs={[
          { href: paths.negotiations(), label: "Negotiations" },
          { href: paths.negotiation(slug), label: issue.negotiation.title },
          { href: paths.issue(slug, issueSlug), label: issue.title },
        ]}
      >
        <p className="mt-1 text-sm text-slate-600">Every change to this issue and its updates, newest first.</p>
      </PageHeader>
      <ActivityList
        events={events}
        olderHref={nextCursor ? `${path}?${new URLSearchParams({ before: nextCursor })}` : undefined}
        newestHref={before ? path : undefined}
      />
    </>
  );
}
