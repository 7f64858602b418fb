import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound } from "next/navigation";
import { UpdateForm } from "@/components/forms/update-form";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { getIssue } from "@/lib/issues/queries";
import { pickableSources } from "@/lib/sources/queries";
import { logUpdateAction } from "../../actions";
import { paths } from "@/lib/paths";
import { todayIn } from "@/lib/time-zones";

export const metadata = { title: "Log an update" };

export default async function LogUpdatePage({ params }: { params: Promise<{ slug: string; issueSlug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "update.log")) forbidden();
  const { slug, issueSlug } = await params;
  const [issue, sources] = await Promise.all([getIssue(slug, issueSlug), pickableSources("")]);
  if (!issue) notFound();
  const path = paths.issue(slug, issueSlug);
  return (
    <>
      <PageHeader
        title={`Log an update: ${issue.title}`}
        crumbs={[
          { href: paths.negotiation(slug), label: issue.negotiation.title },
          { href: path, label: issue.title },
        ]}
      >
        <p className="mt-2 flex items-center gap-2 text-sm text-slate-600">
          Current status: <StatusBadge status={issue.status} size="sm" />
        </p>
      </PageHeader>
      <UpdateForm
        action={logUpdateAction.bind(null, issue.id)}
        currentStatus={issue.status}
        today={todayIn(issue.negotiation.timeZone)}
        timeZone={issue.negotiation.timeZone}
        pickableSources={sources}
      />
    </>
  );
}
