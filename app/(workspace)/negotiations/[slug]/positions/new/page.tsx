import { notFound } from "next/navigation";
import { PositionForm } from "@/components/forms/position-form";
import { NotAllowed } from "@/components/not-allowed";
import { PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { listIssueChoices } from "@/lib/positions/choices";
import { pickableSources } from "@/lib/sources/queries";
import { logPositionAction } from "../actions";
import { paths } from "@/lib/paths";
import { todayIn } from "@/lib/time-zones";

export const metadata = { title: "Log a position" };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ issue?: string; party?: string }>;
}

export default async function LogPositionPage({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "position.log")) return <NotAllowed />;
  const { slug } = await params;
  const query = await searchParams;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  const [issues, sources] = await Promise.all([listIssueChoices(negotiation.id), pickableSources("")]);
  const pick = (value: unknown, ids: string[]) => (typeof value === "string" && ids.includes(value) ? value : undefined);
  return (
    <>
      <PageHeader
        title="Log a position"
        crumbs={[
          { href: paths.negotiation(slug), label: negotiation.title },
          { href: paths.positions(slug), label: "Positions" },
        ]}
      >
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Where one party stands on one issue, as it said so on a given day. The newest position of each party on each issue is the one the matrix shows;
          earlier ones stay in that cell&apos;s history.
        </p>
      </PageHeader>
      <PositionForm
        action={logPositionAction}
        pickableSources={sources}
        today={todayIn(negotiation.timeZone)}
        timeZone={negotiation.timeZone}
        cell={{
          issues,
          parties: negotiation.parties,
          issueId: pick(
            query.issue,
            issues.map((issue) => issue.id),
          ),
          partyId: pick(
            query.party,
            negotiation.parties.map((party) => party.id),
          ),
        }}
      />
    </>
  );
}
