import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { chronological } from "@/lib/positions/fold";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionSource } from "@/lib/timeline/schemas";
import { paths } from "@/lib/paths";

const cellInclude = {
  author: { select: { name: true } },
  sources: { orderBy: { ordinal: "asc" }, include: { source: { include: { outlet: true, via: { include: { outlet: true } } } } } },
  revisions: { orderBy: { version: "asc" }, include: { editedBy: { select: { name: true } } } },
} satisfies Prisma.PositionInclude;

export type CellPosition = Prisma.PositionGetPayload<{ include: typeof cellInclude }>;

/**
 * One party's positions on one issue, oldest first (live ones), plus the deleted ones apart, or
 * null when the issue or party is unknown or they belong to different negotiations.
 */
export const getCellHistory = cache(async (negotiationSlug: string, issueSlug: string, partyId: string) => {
  const issue = await db().issue.findFirst({
    where: { slug: issueSlug, negotiation: { slug: negotiationSlug } },
    select: { id: true, slug: true, title: true, summary: true, negotiation: { select: { id: true, slug: true, title: true } } },
  });
  if (!issue) return null;
  const party = await db().party.findFirst({
    where: { id: partyId, negotiationId: issue.negotiation.id },
    select: { id: true, name: true, description: true },
  });
  if (!party) return null;
  const positions = await db().position.findMany({ where: { issueId: issue.id, partyId }, include: cellInclude });
  return {
    issue,
    party,
    positions: chronological(positions.filter((position) => !position.deletedAt)),
    deleted: chronological(positions.filter((position) => position.deletedAt)),
  };
});

/** A position with its issue and party, for the edit page; null when unknown or deleted. */
export async function getLivePosition(positionId: string) {
  const position = await db().position.findUnique({
    where: { id: positionId },
    include: {
      party: { select: { id: true, name: true } },
      issue: { select: { id: true, slug: true, title: true, negotiation: { select: { slug: true, title: true, timeZone: true } } } },
      sources: { orderBy: { ordinal: "asc" }, include: { source: { include: { outlet: true } } } },
    },
  });
  return position && !position.deletedAt ? position : null;
}

/** The cell a position belongs to, deleted or not, for redirects after a change. */
/** Where a position is shown: its matrix cell's history and the negotiation's matrix. */
export async function getPositionPaths(positionId: string): Promise<{ cell: string; matrix: string } | null> {
  const position = await db().position.findUnique({
    where: { id: positionId },
    select: { partyId: true, issue: { select: { slug: true, negotiation: { select: { slug: true } } } } },
  });
  return position
    ? { cell: paths.positionCell(position.issue.negotiation, position.issue.slug, position.partyId), matrix: paths.positions(position.issue.negotiation) }
    : null;
}

export function parseRevisionSources(value: unknown): RevisionSource[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!item || typeof item !== "object") return [];
    const { sourceId, title, quote } = item as Record<string, unknown>;
    if (typeof sourceId !== "string") return [];
    return [{ sourceId, title: typeof title === "string" ? title : "(untitled source)", quote: typeof quote === "string" ? quote : null }];
  });
}
