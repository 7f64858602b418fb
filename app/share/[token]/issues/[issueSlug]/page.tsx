import Link from "next/link";
import { notFound } from "next/navigation";
import { SharedIssue } from "@/components/share/shared-issue";
import { recordShareLinkOpened, resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { getSharedIssue } from "@/lib/share-links/shared-content";
import { paths } from "@/lib/paths";

export const metadata = { title: "Shared from Parley" };

interface Props {
  params: Promise<{ token: string; issueSlug: string }>;
  searchParams: Promise<{ order?: string; after?: string; print?: string; range?: string }>;
}

/** One issue of a shared negotiation. */
export default async function SharedNegotiationIssuePage({ params, searchParams }: Props) {
  const { token, issueSlug } = await params;
  const link = await resolveShareLink(token);
  if (!link?.isWholeNegotiation) notFound();
  const issue = await getSharedIssue(link, issueSlug);
  if (!issue) notFound();
  recordShareLinkOpened(link.id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="no-print mb-2 text-sm">
        <Link href={paths.share(token)}>← All issues</Link>
      </nav>
      <SharedIssue link={link} issue={issue} path={paths.sharedIssue(token, issueSlug)} query={await searchParams} />
    </>
  );
}
