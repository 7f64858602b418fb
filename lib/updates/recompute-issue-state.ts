import "server-only";
import type { Tx } from "@/lib/db/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";

/**
 * Takes the issue's row lock. Call it before changing an issue's updates: writers then take turns,
 * and each one's recompute sees the updates the others committed.
 */
export async function lockIssueTimeline(tx: Tx, issueId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Issue" WHERE id = ${issueId} FOR UPDATE`;
}

/**
 * Re-derives everything that follows from an issue's live updates, inside the caller's transaction:
 * each status change's "from" status, the issue's current status, and its last-update date. The
 * issue's status is never written anywhere else, so it cannot drift from its timeline.
 */
export async function recomputeIssueState(tx: Tx, issueId: string): Promise<IssueStatus> {
  await tx.$executeRaw`
    UPDATE "Update" AS u
    SET "fromStatus" = ordered.previous
    FROM (
      SELECT id,
             COALESCE(LAG("toStatus") OVER (ORDER BY "occurredAt", "loggedAt", id), 'NOT_DISCUSSED') AS previous
      FROM "Update"
      WHERE "issueId" = ${issueId} AND "toStatus" IS NOT NULL AND "deletedAt" IS NULL
    ) AS ordered
    WHERE u.id = ordered.id AND u."fromStatus" IS DISTINCT FROM ordered.previous`;
  const [issue] = await tx.$queryRaw<{ status: IssueStatus }[]>`
    UPDATE "Issue" SET
      "status" = COALESCE((
        SELECT "toStatus" FROM "Update"
        WHERE "issueId" = ${issueId} AND "toStatus" IS NOT NULL AND "deletedAt" IS NULL
        ORDER BY "occurredAt" DESC, "loggedAt" DESC, id DESC LIMIT 1
      ), 'NOT_DISCUSSED'),
      "lastUpdateAt" = (SELECT MAX("occurredAt") FROM "Update" WHERE "issueId" = ${issueId} AND "deletedAt" IS NULL),
      "updatedAt" = now()
    WHERE id = ${issueId}
    RETURNING "status"::text AS status`;
  return issue?.status ?? "NOT_DISCUSSED";
}
