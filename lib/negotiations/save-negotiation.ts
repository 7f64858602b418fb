import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { saveParties } from "@/lib/negotiations/save-parties";
import { uniqueSlug } from "@/lib/unique-slug";
import type { NegotiationInput } from "@/lib/validation/negotiation";

export async function createNegotiation(actor: Actor | null, input: NegotiationInput) {
  assertCan(actor, "negotiation.create");
  return db().$transaction(async (tx) => {
    const slug = await uniqueSlug(input.title, async (candidate) => Boolean(await tx.negotiation.findUnique({ where: { slug: candidate } })));
    const negotiation = await tx.negotiation.create({
      data: { slug, title: input.title, description: input.description, timeZone: input.timeZone },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "negotiation.create",
      entityType: "negotiation",
      entityId: negotiation.id,
      negotiationId: negotiation.id,
      after: { title: input.title, description: input.description, timeZone: input.timeZone },
    });
    await saveParties(tx, actor, negotiation.id, input.parties);
    return negotiation;
  });
}

export async function editNegotiation(actor: Actor | null, negotiationId: string, input: NegotiationInput) {
  assertCan(actor, "negotiation.edit");
  return db().$transaction(async (tx) => {
    const existing = await tx.negotiation.findUnique({ where: { id: negotiationId } });
    if (!existing) throw new AppError("NOT_FOUND", "That negotiation no longer exists.");
    const negotiation = await tx.negotiation.update({
      where: { id: negotiationId },
      data: { title: input.title, description: input.description, timeZone: input.timeZone },
    });
    await saveParties(tx, actor, negotiationId, input.parties);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "negotiation.edit",
      entityType: "negotiation",
      entityId: negotiationId,
      negotiationId,
      // Each party's change is audited on its own (lib/negotiations/save-parties.ts).
      before: { title: existing.title, description: existing.description, timeZone: existing.timeZone },
      after: { title: input.title, description: input.description, timeZone: input.timeZone },
    });
    return negotiation;
  });
}
