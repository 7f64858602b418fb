import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { inputClass } from "@/components/forms/field";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { ExampleTag } from "@/components/plan-drafts/example-notice";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDay } from "@/lib/format";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { listDrafts } from "@/lib/plan-drafts/queries";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const negotiation = await getNegotiationBySlug((await params).slug);
  return { title: negotiation ? `Plan drafts: ${negotiation.title}` : "Not found" };
}

export default async function DraftsPage({ params }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug } = await params;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  const drafts = await listDrafts(negotiation.id);
  const base = paths.negotiation(slug);
  const [older, newer] = [drafts.at(-2), drafts.at(-1)];
  return (
    <>
      <PageHeader
        title="Plan drafts"
        crumbs={[
          { href: paths.negotiations(), label: "Negotiations" },
          { href: base, label: negotiation.title },
        ]}
        actions={can(actor.role, "planDraft.create") ? <ButtonLink href={paths.newDraft(slug)}>Paste a draft</ButtonLink> : null}
      >
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Versions of a peace plan as numbered points, each linked to the issues it touches. Compare two drafts to see which points stayed, changed, were
          dropped or are new.
        </p>
      </PageHeader>
      {drafts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">No drafts yet.</p>
      ) : (
        <div className="grid gap-6">
          <ul className="grid gap-2" aria-label="Drafts">
            {drafts.map((draft) => (
              <li key={draft.id} className="flex flex-wrap items-baseline gap-2 rounded-lg border border-slate-200 bg-white p-3">
                <Link href={paths.draft(slug, draft.id)} className="font-medium">
                  {draft.title}
                </Link>
                {draft.isExample ? <ExampleTag /> : null}
                <span className="text-sm text-slate-600">
                  {draft._count.points} points · added by {draft.createdBy.name} on {formatDay(draft.createdAt)}
                </span>
              </li>
            ))}
          </ul>
          {drafts.length >= 2 ? (
            <form
              method="get"
              action={paths.compareDrafts(slug)}
              className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
              aria-label="Compare two drafts"
            >
              <div>
                <label htmlFor="compare-a" className="block text-xs font-medium text-slate-700">
                  Earlier draft
                </label>
                <select id="compare-a" name="a" defaultValue={older?.id} className={inputClass}>
                  {drafts.map((draft) => (
                    <option key={draft.id} value={draft.id}>
                      {draft.title}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="compare-b" className="block text-xs font-medium text-slate-700">
                  Later draft
                </label>
                <select id="compare-b" name="b" defaultValue={newer?.id} className={inputClass}>
                  {drafts.map((draft) => (
                    <option key={draft.id} value={draft.id}>
                      {draft.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700">
                Cross-walk
              </button>
            </form>
          ) : null}
        </div>
      )}
    </>
  );
}
