import { forbidden } from "next/navigation";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { NegotiationForm } from "@/components/forms/negotiation-form";
import { PageHeader } from "@/components/page-header";
import { createNegotiationAction } from "../actions";
import { paths } from "@/lib/paths";
import { timeZoneChoices } from "@/lib/time-zones";

export const metadata = { title: "New negotiation" };

export default async function NewNegotiationPage() {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "negotiation.create")) forbidden();
  return (
    <>
      <PageHeader title="New negotiation" crumbs={[{ href: paths.negotiations(), label: "Negotiations" }]} />
      <NegotiationForm action={createNegotiationAction} timeZones={timeZoneChoices()} submitLabel="Create negotiation" />
    </>
  );
}
