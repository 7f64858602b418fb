// Pure: how the rows of Position and PositionRevision fold into what a cell showed at a moment.
// Kept apart from the queries so the rules are unit-testable and can join lib/timeline later.
import type { Stance } from "@/lib/positions/stances";

export interface PositionRecord {
  id: string;
  issueId: string;
  partyId: string;
  stance: Stance;
  statement: string;
  statedAt: Date;
  loggedAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
}

export interface RevisionRecord {
  positionId: string;
  version: number;
  stance: Stance;
  statement: string;
  statedAt: Date;
  replacedAt: Date;
}

/**
 * The positions as the record stood at `knownAt`: logged by then and not deleted by then, each with
 * the wording it had then (the first revision replaced after that moment holds it). Without
 * `knownAt`, the live positions as they read now.
 */
export function asRecordedAt(positions: PositionRecord[], revisions: RevisionRecord[], knownAt?: Date): PositionRecord[] {
  if (!knownAt) return positions.filter((position) => !position.deletedAt);
  const firstReplacedLater = new Map<string, RevisionRecord>();
  for (const revision of [...revisions].sort((a, b) => a.version - b.version)) {
    if (revision.replacedAt > knownAt && !firstReplacedLater.has(revision.positionId)) firstReplacedLater.set(revision.positionId, revision);
  }
  return positions
    .filter((position) => position.loggedAt <= knownAt && (!position.deletedAt || position.deletedAt > knownAt))
    .map((position) => {
      const earlier = firstReplacedLater.get(position.id);
      return earlier ? { ...position, stance: earlier.stance, statement: earlier.statement, statedAt: earlier.statedAt } : position;
    });
}

export const cellKey = (issueId: string, partyId: string) => `${issueId}:${partyId}`;

/** Later statement first; for one day, the one logged later; then by id so the order is total. */
function isNewer(a: PositionRecord, b: PositionRecord): boolean {
  return (a.statedAt.getTime() - b.statedAt.getTime() || a.loggedAt.getTime() - b.loggedAt.getTime() || (a.id > b.id ? 1 : -1)) > 0;
}

/**
 * Each cell's current position: the newest one stated on or before `asOf` (a calendar day; the
 * whole day counts), or the newest of all without it.
 */
export function currentByCell<T extends PositionRecord>(positions: T[], asOf?: Date): Map<string, T> {
  const cells = new Map<string, T>();
  for (const position of positions) {
    if (asOf && position.statedAt > asOf) continue;
    const key = cellKey(position.issueId, position.partyId);
    const held = cells.get(key);
    if (!held || isNewer(position, held)) cells.set(key, position);
  }
  return cells;
}

/** A cell's positions oldest first, in the order the cell history reads them. */
export function chronological<T extends PositionRecord>(positions: T[]): T[] {
  return [...positions].sort((a, b) => (isNewer(a, b) ? 1 : -1));
}
