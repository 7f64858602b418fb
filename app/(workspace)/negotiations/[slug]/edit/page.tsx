import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound } from "next/navigation";
import { NegotiationForm } from "@/components/forms/negotiation-form";
import { PageHeader } from "@/components/page-header";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { editNegotiationAction } from "../../actions";
import { paths } from "@/lib/paths";
import { timeZoneChoices } from "@/lib/time-zones";

export default async function EditNegotiationPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "negotiation.edit")) forbidden();
  const { slug } = await params;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  return (
    <>
      <PageHeader
        title={`Edit ${negotiation.title}`}
        crumbs={[
          { href: paths.negotiations(), label: "Negotiations" },
          { href: paths.negotiation(slug), label: negotiation.title },
        ]}
      />
      <NegotiationForm
        action={editNegotiationAction.bind(null, negotiation.id)}
        initial={{ title: negotiation.title, description: negotiation.description, timeZone: negotiation.timeZone, parties: negotiation.parties }}
        timeZones={timeZoneChoices(negotiation.timeZone)}
        submitLabel="Save changes"
      />
    </>
  );
}
