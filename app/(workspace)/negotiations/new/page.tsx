import { NegotiationForm } from "@/components/forms/negotiation-form";
import { PageHeader } from "@/components/page-header";
import { createNegotiationAction } from "../actions";

export const metadata = { title: "New negotiation" };

export default function NewNegotiationPage() {
  return (
    <>
      <PageHeader title="New negotiation" crumbs={[{ href: "/negotiations", label: "Negotiations" }]} />
      <NegotiationForm action={createNegotiationAction} submitLabel="Create negotiation" />
    </>
  );
}
