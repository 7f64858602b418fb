import { notFound } from "next/navigation";
import { PositionForm } from "@/components/forms/position-form";
import { NotAllowed } from "@/components/not-allowed";
import { PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDay, toDateInput } from "@/lib/format";
import { getLivePosition } from "@/lib/positions/cell-history";
import { pickableSources } from "@/lib/sources/queries";
import { editPositionAction } from "../../../../actions";
import { paths } from "@/lib/paths";
import { todayIn } from "@/lib/time-zones";

export const metadata = { title: "Edit a position" };

interface Props {
  params: Promise<{ slug: string; issueSlug: string; partyId: string; positionId: string }>;
}

export default async function EditPositionPage({ params }: Props) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "position.edit")) return <NotAllowed />;
  const { slug, issueSlug, partyId, positionId } = await params;
  const [position, sources] = await Promise.all([getLivePosition(positionId), pickableSources("")]);
  if (!position || position.issue.slug !== issueSlug || position.issue.negotiation.slug !== slug || position.partyId !== partyId) notFound();
  const base = paths.negotiation(slug);
  return (
    <>
      <PageHeader
        title={`Edit the position of ${position.party.name} stated ${formatDay(position.statedAt)}`}
        crumbs={[
          { href: base, label: position.issue.negotiation.title },
          { href: paths.positions(slug), label: "Positions" },
          { href: paths.positionCell(slug, issueSlug, partyId), label: `${position.party.name} on ${position.issue.title}` },
        ]}
      >
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Correct what was recorded. The wording it replaces stays visible in the cell&apos;s history. If the party changed its position, log a newer position
          instead.
        </p>
      </PageHeader>
      <PositionForm
        action={editPositionAction.bind(null, position.id)}
        today={todayIn(position.issue.negotiation.timeZone)}
        timeZone={position.issue.negotiation.timeZone}
        submitLabel="Save changes"
        pickableSources={sources}
        initial={{
          stance: position.stance,
          statement: position.statement,
          statedAt: toDateInput(position.statedAt),
          sources: position.sources.map((citation) => ({
            id: citation.sourceId,
            title: citation.source.title,
            outlet: citation.source.outlet?.name ?? null,
            publishedAt: citation.source.publishedAt ? toDateInput(citation.source.publishedAt) : null,
            url: citation.source.url,
            quote: citation.quote ?? "",
          })),
        }}
      />
    </>
  );
}
