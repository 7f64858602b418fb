import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { ShareLinksPanel } from "@/components/share/share-links-panel";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getIssue } from "@/lib/issues/queries";
import { shareLinkState } from "@/lib/share-links/expiry";
import { listShareLinks } from "@/lib/share-links/queries";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(workspace)/share-links/actions";
import { paths } from "@/lib/paths";

export const metadata = { title: "Share issue" };

export default async function ShareIssuePage({ params }: { params: Promise<{ slug: string; issueSlug: string }> }) {
  const actor = await requireActorOrRedirect();
  if (!can(actor.role, "shareLink.create")) forbidden();
  const { slug, issueSlug } = await params;
  const issue = await getIssue(slug, issueSlug);
  if (!issue) notFound();
  const issuePath = paths.issue(slug, issueSlug);
  const [links, negotiationLinks] = await Promise.all([listShareLinks({ issueId: issue.id }), listShareLinks({ negotiationId: issue.negotiation.id })]);
  const activeNegotiationLinks = negotiationLinks.filter((link) => shareLinkState(link) === "active").length;
  return (
    <>
      <PageHeader
        title={`Share “${issue.title}”`}
        crumbs={[
          { href: paths.negotiation(slug), label: issue.negotiation.title },
          { href: issuePath, label: issue.title },
        ]}
      >
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Anyone with a link sees this issue’s status, summary, timeline and sources, read-only, without an account. Links cannot be guessed, can expire, and
          stop working the moment you revoke them.
        </p>
        {activeNegotiationLinks > 0 ? (
          <p className="mt-2 text-sm text-amber-900">
            This issue is also visible through {activeNegotiationLinks} active {activeNegotiationLinks === 1 ? "link" : "links"} to the whole negotiation:{" "}
            <Link href={paths.shareNegotiation(slug)}>manage them</Link>.
          </p>
        ) : null}
      </PageHeader>
      <ShareLinksPanel
        links={links}
        createAction={createShareLinkAction.bind(null, { issueId: issue.id })}
        revokeAction={revokeShareLinkAction.bind(null, { issueId: issue.id })}
        canRevoke={can(actor.role, "shareLink.revoke")}
      />
    </>
  );
}
