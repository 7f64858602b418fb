import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PointIssuesForm } from "@/components/forms/point-issues-form";
import { PageHeader } from "@/components/page-header";
import { DeleteDraftButton } from "@/components/plan-drafts/delete-draft-button";
import { ExampleNotice } from "@/components/plan-drafts/example-notice";
import { PointList } from "@/components/plan-drafts/point-list";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDay } from "@/lib/format";
import { getDraft } from "@/lib/plan-drafts/queries";
import { listIssueChoices } from "@/lib/positions/choices";
import { deleteDraftAction, setPointIssuesAction } from "../actions";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ slug: string; draftId: string }>;
  searchParams: Promise<{ error?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, draftId } = await params;
  const draft = await getDraft(slug, draftId);
  return { title: draft?.title ?? "Not found" };
}

export default async function DraftPage({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug, draftId } = await params;
  const query = await searchParams;
  const draft = await getDraft(slug, draftId);
  if (!draft) notFound();
  const base = paths.negotiation(slug);
  const canEdit = can(actor.role, "planDraft.edit");
  const issues = canEdit ? await listIssueChoices(draft.negotiation.id) : [];
  return (
    <>
      <PageHeader
        title={draft.title}
        crumbs={[
          { href: base, label: draft.negotiation.title },
          { href: paths.drafts(slug), label: "Plan drafts" },
        ]}
        actions={can(actor.role, "planDraft.delete") ? <DeleteDraftButton action={deleteDraftAction.bind(null, draft.id)} title={draft.title} /> : null}
      >
        {draft.description ? <p className="mt-2 max-w-3xl text-slate-700">{draft.description}</p> : null}
        <p className="mt-2 text-sm text-slate-600">
          {draft.points.length} points · added by {draft.createdBy.name} on {formatDay(draft.createdAt)}
          {draft.source ? (
            <>
              {" "}
              · source:{" "}
              <a href={paths.source(draft.source.id)}>
                {draft.source.outlet?.name ? `${draft.source.outlet.name}: ` : ""}
                {draft.source.title}
              </a>
            </>
          ) : null}
        </p>
      </PageHeader>
      {query.error ? (
        <p role="alert" className="mb-4 rounded-md bg-rose-50 p-3 text-sm text-rose-800">
          {query.error === "FORBIDDEN" ? "You do not have permission to do that." : "That change could not be made; reload the page and try again."}
        </p>
      ) : null}
      {draft.isExample ? (
        <div className="mb-4">
          <ExampleNotice title={draft.title} />
        </div>
      ) : null}
      {canEdit ? (
        <PointIssuesForm
          action={setPointIssuesAction.bind(null, draft.id)}
          issues={issues}
          points={draft.points.map((point) => ({ id: point.id, label: point.label, text: point.text, issueIds: point.issues.map((link) => link.issueId) }))}
        />
      ) : (
        <PointList points={draft.points} issueHref={(issueSlug) => paths.issue(slug, issueSlug)} />
      )}
    </>
  );
}
