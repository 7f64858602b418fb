import "server-only";
import { db } from "@/lib/db/client";

/** Views closer together than this are one visit: "your previous visit" stays put while you look around. */
export const VISIT_GAP_MINUTES = 30;

/**
 * Records that `userId` is looking at a negotiation now and returns when their previous visit was
 * (null on the first). One statement, so two tabs opening at once cannot lose a visit. A failure
 * here must never keep anyone from the page: it then reads as "no previous visit".
 */
export async function recordNegotiationVisit(userId: string, negotiationId: string, now = new Date()): Promise<Date | null> {
  const gapStart = new Date(now.getTime() - VISIT_GAP_MINUTES * 60_000);
  try {
    const rows = await db().$queryRaw<{ previousVisitedAt: Date | null }[]>`
      INSERT INTO "NegotiationVisit" ("userId", "negotiationId", "lastVisitedAt", "previousVisitedAt")
      VALUES (${userId}, ${negotiationId}, ${now}, NULL)
      ON CONFLICT ("userId", "negotiationId") DO UPDATE SET
        "previousVisitedAt" = CASE WHEN "NegotiationVisit"."lastVisitedAt" < ${gapStart}
                                   THEN "NegotiationVisit"."lastVisitedAt" ELSE "NegotiationVisit"."previousVisitedAt" END,
        "lastVisitedAt" = GREATEST("NegotiationVisit"."lastVisitedAt", ${now})
      RETURNING "previousVisitedAt"`;
    return rows[0]?.previousVisitedAt ?? null;
  } catch {
    return null;
  }
}
