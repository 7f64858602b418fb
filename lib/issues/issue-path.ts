import "server-only";
import { db } from "@/lib/db/client";
import { paths } from "@/lib/paths";

// Server actions bind only ids; the pages they return to are looked up here, never taken from
// values that travelled through the browser.

export async function getIssuePath(issueId: string): Promise<string | null> {
  const issue = await db().issue.findUnique({
    where: { id: issueId },
    select: { slug: true, negotiation: { select: { slug: true } } },
  });
  return issue ? paths.issueOf(issue) : null;
}

export async function getNegotiationPath(negotiationId: string): Promise<string | null> {
  const negotiation = await db().negotiation.findUnique({ where: { id: negotiationId }, select: { slug: true } });
  return negotiation ? paths.negotiation(negotiation) : null;
}
