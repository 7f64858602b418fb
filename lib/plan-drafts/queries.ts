import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { crosswalk } from "@/lib/plan-drafts/crosswalk";
import { paths } from "@/lib/paths";

/** The live drafts of a negotiation, oldest first (plans are usually revised in that order). */
export async function listDrafts(negotiationId: string) {
  return db().planDraft.findMany({
    where: { negotiationId, deletedAt: null },
    include: { _count: { select: { points: true } }, createdBy: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

const pointInclude = {
  orderBy: { ordinal: "asc" },
  include: {
    issues: { include: { issue: { select: { id: true, slug: true, title: true } } } },
    source: { select: { id: true, title: true, url: true, outlet: { select: { name: true } } } },
  },
} as const;

/** One live draft of the negotiation with its points in order, or null. Cached per request. */
export const getDraft = cache(async (negotiationSlug: string, draftId: string) => {
  const draft = await db().planDraft.findFirst({
    where: { id: draftId, deletedAt: null, negotiation: { slug: negotiationSlug } },
    include: {
      negotiation: { select: { id: true, slug: true, title: true } },
      createdBy: { select: { name: true } },
      source: { select: { id: true, title: true, url: true, outlet: { select: { name: true } } } },
      points: pointInclude,
    },
  });
  return draft;
});

export type DraftWithPoints = NonNullable<Awaited<ReturnType<typeof getDraft>>>;

/**
 * Two drafts side by side: their points matched (hand corrections first), and for each issue the
 * points of each draft that touch it. Null when either draft is unknown, deleted or elsewhere.
 */
export async function getCrosswalk(negotiationSlug: string, leftId: string, rightId: string) {
  const [left, right] = await Promise.all([getDraft(negotiationSlug, leftId), getDraft(negotiationSlug, rightId)]);
  if (!left || !right || left.id === right.id) return null;
  const overrides = await db().planPointMatch.findMany({
    where: { toDraftId: right.id, fromPoint: { draftId: left.id } },
    select: { fromPointId: true, toPointId: true },
  });
  const rows = crosswalk(left.points, right.points, new Map(overrides.map((match) => [match.fromPointId, match.toPointId])));

  const byIssue = new Map<string, { issue: { id: string; slug: string; title: string }; left: string[]; right: string[] }>();
  const note = (points: DraftWithPoints["points"], side: "left" | "right") => {
    for (const point of points) {
      for (const link of point.issues) {
        const entry = byIssue.get(link.issue.id) ?? { issue: link.issue, left: [], right: [] };
        entry[side].push(point.label);
        byIssue.set(link.issue.id, entry);
      }
    }
  };
  note(left.points, "left");
  note(right.points, "right");
  const issues = [...byIssue.values()].sort((a, b) => a.issue.title.localeCompare(b.issue.title));
  return { left, right, rows, issues };
}

/** Path of a draft's page (deleted or not), or null for an unknown id. */
/** Where a draft lives: its own page and its negotiation's list of drafts. */
export async function getDraftPaths(draftId: string): Promise<{ draft: string; list: string } | null> {
  const draft = await db().planDraft.findUnique({ where: { id: draftId }, select: { id: true, negotiation: { select: { slug: true } } } });
  return draft ? { draft: paths.draft(draft.negotiation, draft.id), list: paths.drafts(draft.negotiation) } : null;
}
