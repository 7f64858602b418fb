import { notFound } from "next/navigation";
import { DraftForm } from "@/components/forms/draft-form";
import { NotAllowed } from "@/components/not-allowed";
import { PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { pickableSources } from "@/lib/sources/queries";
import { createDraftAction } from "../actions";
import { paths } from "@/lib/paths";

export const metadata = { title: "Paste a plan draft" };

export default async function NewDraftPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "planDraft.create")) return <NotAllowed />;
  const { slug } = await params;
  const [negotiation, sources] = await Promise.all([getNegotiationBySlug(slug), pickableSources("")]);
  if (!negotiation) notFound();
  return (
    <>
      <PageHeader
        title="Paste a plan draft"
        crumbs={[
          { href: paths.negotiation(slug), label: negotiation.title },
          { href: paths.drafts(slug), label: "Plan drafts" },
        ]}
      />
      <DraftForm action={createDraftAction.bind(null, negotiation.id)} pickableSources={sources} />
    </>
  );
}
