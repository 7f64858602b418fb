import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which updates a timeline shows: the live ones, or, "as of" a past moment (a frozen share link),
 * the ones logged by then and not yet deleted then. The two forms below are the same rule, for
 * Prisma queries and for the few aggregates written in SQL.
 */
export function visibleUpdatesWhere(asOf?: Date): Prisma.UpdateWhereInput {
  return asOf ? { loggedAt: { lte: asOf }, OR: [{ deletedAt: null }, { deletedAt: { gt: asOf } }] } : { deletedAt: null };
}

/** {@link visibleUpdatesWhere} for raw SQL over "Update" aliased as `u`. */
export function visibleUpdatesSql(asOf?: Date): Prisma.Sql {
  return asOf ? Prisma.sql`u."loggedAt" <= ${asOf} AND (u."deletedAt" IS NULL OR u."deletedAt" > ${asOf})` : Prisma.sql`u."deletedAt" IS NULL`;
}

/** Issues that existed at `asOf` (all of them, live). */
export function visibleIssuesWhere(asOf?: Date): Prisma.IssueWhereInput {
  return asOf ? { createdAt: { lte: asOf } } : {};
}
