import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PartyRow } from "@/lib/validation/negotiation";

/**
 * Brings a negotiation's parties in line with the editor's rows, one party at a time, each change
 * audited: rows with an id rename or re-describe that party, rows without one add a party (or bring
 * back a removed one of the same name, with its old id), and parties left out are removed softly.
 * Ids never change, so whatever refers to a party keeps pointing at it.
 */
export async function saveParties(tx: Tx, actor: Actor, negotiationId: string, rows: PartyRow[]): Promise<void> {
  const existing = await tx.party.findMany({ where: { negotiationId } });
  const byId = new Map(existing.map((party) => [party.id, party]));
  const audit = (action: "party.create" | "party.edit" | "party.remove", partyId: string, before?: object, after?: object) =>
    recordAudit(tx, { actorId: actor.id, action, entityType: "party", entityId: partyId, negotiationId, before, after });

  rows.forEach((row, index) => {
    const party = row.id ? byId.get(row.id) : undefined;
    if (row.id && (!party || party.deletedAt)) {
      throw new AppError("INVALID_INPUT", "One of the parties was removed meanwhile; reload the page and try again.", {
        [`parties.${index}.name`]: ["This party no longer exists."],
      });
    }
  });

  rows.forEach((row, index) => {
    const holder = existing.find((party) => party.deletedAt && party.name === row.name);
    if (row.id && holder && holder.id !== row.id) {
      throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", {
        [`parties.${index}.name`]: ["A removed party had this name; add it as a new party to bring it back."],
      });
    }
  });

  const keptIds = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
  const now = new Date();
  for (const party of existing) {
    if (party.deletedAt || keptIds.has(party.id)) continue;
    await tx.party.update({ where: { id: party.id }, data: { deletedAt: now } });
    await audit("party.remove", party.id, { name: party.name, description: party.description });
  }

  // Renames go through a placeholder first, so two parties can swap names.
  const renamed = rows.filter((row) => row.id && byId.get(row.id)?.name !== row.name);
  for (const row of renamed) await tx.party.update({ where: { id: row.id }, data: { name: `(renaming ${row.id})` } });

  for (const [position, row] of rows.entries()) {
    const before = row.id ? byId.get(row.id) : undefined;
    if (before) {
      const changed = before.name !== row.name || before.description !== row.description;
      if (changed || before.position !== position) {
        await tx.party.update({ where: { id: before.id }, data: { name: row.name, description: row.description, position } });
      }
      if (changed)
        await audit("party.edit", before.id, { name: before.name, description: before.description }, { name: row.name, description: row.description });
      continue;
    }
    const removed = existing.find((party) => party.deletedAt && party.name.toLowerCase() === row.name.toLowerCase());
    const party = removed
      ? await tx.party.update({ where: { id: removed.id }, data: { name: row.name, description: row.description, position, deletedAt: null } })
      : await tx.party.create({ data: { negotiationId, name: row.name, description: row.description, position } });
    await audit("party.create", party.id, undefined, { name: party.name, description: party.description });
  }
}
