import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { ShareLinksPanel } from "@/components/share/share-links-panel";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { listShareLinks } from "@/lib/share-links/queries";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(workspace)/share-links/actions";
import { paths } from "@/lib/paths";

export const metadata = { title: "Share negotiation" };

export default async function ShareNegotiationPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "shareLink.create")) forbidden();
  const { slug } = await params;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  const links = await listShareLinks({ negotiationId: negotiation.id });
  return (
    <>
      <PageHeader title={`Share “${negotiation.title}”`} crumbs={[{ href: paths.negotiation(slug), label: negotiation.title }]}>
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Anyone with a link sees this negotiation’s dashboard and every issue’s timeline and sources, read-only, without an account.
        </p>
      </PageHeader>
      <ShareLinksPanel
        links={links}
        createAction={createShareLinkAction.bind(null, { negotiationId: negotiation.id })}
        revokeAction={revokeShareLinkAction.bind(null, { negotiationId: negotiation.id })}
        canRevoke={can(actor.role, "shareLink.revoke")}
      />
    </>
  );
}
