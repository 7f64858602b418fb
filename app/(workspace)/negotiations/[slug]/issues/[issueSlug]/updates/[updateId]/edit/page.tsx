import { forbidden, notFound } from "next/navigation";
import Link from "next/link";
import { UpdateForm } from "@/components/forms/update-form";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDay, toDateInput } from "@/lib/format";
import { paths } from "@/lib/paths";
import { pickableSources } from "@/lib/sources/queries";
import { getUpdateHistory } from "@/lib/timeline/update-history";
import { editUpdateAction } from "../../actions";
import { todayIn } from "@/lib/time-zones";

export const metadata = { title: "Edit an update" };

interface Props {
  params: Promise<{ slug: string; issueSlug: string; updateId: string }>;
}

export default async function EditUpdatePage({ params }: Props) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "update.edit")) forbidden();
  const { slug, issueSlug, updateId } = await params;
  const [history, sources] = await Promise.all([getUpdateHistory(updateId), pickableSources("")]);
  // Unknown, deleted, or reached through another issue's URL: nothing to edit here.
  if (!history || history.update.deletedAt || history.update.issue.slug !== issueSlug || history.update.issue.negotiation.slug !== slug) notFound();
  const { update } = history;
  const { issue } = update;
  const path = paths.issueOf(issue);
  return (
    <>
      <PageHeader
        title={`Edit the update from ${formatDay(update.occurredAt)}`}
        crumbs={[
          { href: paths.negotiation(slug), label: issue.negotiation.title },
          { href: path, label: issue.title },
        ]}
      >
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          Current status of the issue: <StatusBadge status={issue.status} size="sm" />
        </p>
        <p className="mt-1 text-sm text-slate-600">
          Logged by {update.author.name}. The version you replace stays visible in the{" "}
          {update.editedAt ? <Link href={paths.update(slug, issueSlug, update.id, "history")}>history</Link> : "history"} of this update.
        </p>
      </PageHeader>
      <UpdateForm
        action={editUpdateAction.bind(null, update.id)}
        currentStatus={issue.status}
        today={todayIn(history.update.issue.negotiation.timeZone)}
        timeZone={history.update.issue.negotiation.timeZone}
        pickableSources={sources}
        initial={{
          summary: update.summary,
          occurredAt: toDateInput(update.occurredAt),
          newStatus: update.toStatus ?? "",
          sources: update.sources.map(({ source, quote }) => ({
            id: source.id,
            title: source.title,
            outlet: source.outlet?.name ?? null,
            publishedAt: source.publishedAt ? toDateInput(source.publishedAt) : null,
            url: source.url,
            quote: quote ?? "",
          })),
        }}
        submitLabel="Save changes"
      />
    </>
  );
}
