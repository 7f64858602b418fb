import "server-only";
import { db } from "@/lib/db/client";
import { asRecordedAt, cellKey, currentByCell, type PositionRecord } from "@/lib/positions/fold";
import { spreadOf, type Stance } from "@/lib/positions/stances";

export interface MatrixOptions {
  /** Show where parties stood on this calendar day (positions stated by then). */
  asOf?: Date;
  /** Show the record as it stood at this moment: later logs, edits and deletions are left out. */
  knownAt?: Date;
  /** Mark the cells whose position differs from the one they held on this day. */
  changedSince?: Date;
  /** Only these issues (the issue page shows one row). */
  issueIds?: string[];
}

export interface MatrixCell {
  partyId: string;
  position: Pick<PositionRecord, "id" | "stance" | "statement" | "statedAt"> | null;
  /** Set with `changedSince` when the cell now shows a different position than it did then. */
  previous?: { stance: Stance | null; statement: string | null };
}

export interface MatrixRow {
  issue: { id: string; slug: string; title: string; summary: string };
  cells: MatrixCell[];
  /** Gap between the furthest-apart stated stances (see spreadOf); null below two. */
  spread: number | null;
  hasChanges: boolean;
}

/**
 * The position matrix of a negotiation: one row per issue, one cell per party, each cell the
 * newest position as of the given day, as the record stood at `knownAt`.
 */
export async function getPositionMatrix(negotiationId: string, options: MatrixOptions = {}) {
  const { asOf, knownAt, changedSince, issueIds } = options;
  const [issues, parties] = await Promise.all([
    db().issue.findMany({
      where: { negotiationId, ...(issueIds ? { id: { in: issueIds } } : {}), ...(knownAt ? { createdAt: { lte: knownAt } } : {}) },
      select: { id: true, slug: true, title: true, summary: true },
      orderBy: { title: "asc" },
    }),
    db().party.findMany({ where: { negotiationId }, select: { id: true, name: true, description: true }, orderBy: { name: "asc" } }),
  ]);
  const ids = issues.map((issue) => issue.id);
  const [rows, revisions] = await Promise.all([
    db().position.findMany({
      where: { issueId: { in: ids }, ...(knownAt ? { loggedAt: { lte: knownAt } } : { deletedAt: null }) },
      select: { id: true, issueId: true, partyId: true, stance: true, statement: true, statedAt: true, loggedAt: true, editedAt: true, deletedAt: true },
    }),
    knownAt
      ? db().positionRevision.findMany({
          where: { position: { issueId: { in: ids }, editedAt: { gt: knownAt } }, replacedAt: { gt: knownAt } },
          select: { positionId: true, version: true, stance: true, statement: true, statedAt: true, replacedAt: true },
        })
      : Promise.resolve([]),
  ]);
  const recorded = asRecordedAt(rows, revisions, knownAt);
  const now = currentByCell(recorded, asOf);
  const then = changedSince ? currentByCell(recorded, changedSince) : undefined;

  const matrixRows: MatrixRow[] = issues.map((issue) => {
    const cells = parties.map((party): MatrixCell => {
      const key = cellKey(issue.id, party.id);
      const position = now.get(key) ?? null;
      const cell: MatrixCell = { partyId: party.id, position };
      if (then) {
        const before = then.get(key) ?? null;
        if ((before?.id ?? null) !== (position?.id ?? null) || before?.stance !== position?.stance || before?.statement !== position?.statement) {
          cell.previous = { stance: before?.stance ?? null, statement: before?.statement ?? null };
        }
      }
      return cell;
    });
    return {
      issue,
      cells,
      spread: spreadOf(cells.flatMap((cell) => (cell.position ? [cell.position.stance] : []))),
      hasChanges: cells.some((cell) => cell.previous),
    };
  });
  return { parties, rows: matrixRows, positionCount: recorded.length };
}

export type PositionMatrix = Awaited<ReturnType<typeof getPositionMatrix>>;

/** Furthest apart first (rows without a distance last), then by title: the rows that need attention on top. */
export function byDistance(rows: MatrixRow[]): MatrixRow[] {
  return [...rows].sort((a, b) => (b.spread ?? -1) - (a.spread ?? -1) || a.issue.title.localeCompare(b.issue.title));
}

/** The end of a calendar day, for "as the record stood that day". */
export function endOfDay(day: Date): Date {
  return new Date(day.getTime() + 24 * 3600 * 1000 - 1);
}
