import { notFound } from "next/navigation";
import { SharedIssue } from "@/components/share/shared-issue";
import { SharedNegotiation } from "@/components/share/shared-negotiation";
import { recordShareLinkOpened, resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { getSharedIssue, getSharedNegotiation } from "@/lib/share-links/shared-content";
import { paths } from "@/lib/paths";
import { parseChartRange } from "@/lib/timeline/status-segments";

export const metadata = { title: "Shared from Parley" };

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ order?: string; after?: string; print?: string; range?: string }>;
}

export default async function SharedPage({ params, searchParams }: Props) {
  const { token } = await params;
  const link = await resolveShareLink(token);
  if (!link) notFound();
  recordShareLinkOpened(link.id);
  if (link.isWholeNegotiation) {
    const negotiation = await getSharedNegotiation(link);
    if (!negotiation) notFound();
    return <SharedNegotiation link={link} negotiation={negotiation} token={token} range={parseChartRange((await searchParams).range)} />;
  }
  const issue = await getSharedIssue(link);
  if (!issue) notFound();
  return <SharedIssue link={link} issue={issue} path={paths.share(token)} query={await searchParams} />;
}
