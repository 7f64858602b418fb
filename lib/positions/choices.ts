import "server-only";
import { db } from "@/lib/db/client";

/** The issues of a negotiation for a picker, by title. */
export async function listIssueChoices(negotiationId: string) {
  return db().issue.findMany({ where: { negotiationId }, select: { id: true, title: true, slug: true }, orderBy: { title: "asc" } });
}
