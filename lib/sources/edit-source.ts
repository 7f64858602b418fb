import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOrCreateOutlet } from "@/lib/sources/find-or-create-source";
import type { CreateSourceInput } from "@/lib/validation/source";

/** Corrects a source's details, including the source it republishes ("via"). */
export async function editSource(actor: Actor | null, sourceId: string, input: CreateSourceInput) {
  assertCan(actor, "source.edit");
  return db().$transaction(async (tx) => {
    const existing = await tx.source.findUnique({ where: { id: sourceId } });
    if (!existing) throw new AppError("NOT_FOUND", "That source no longer exists.");
    const clash = await tx.source.findUnique({ where: { url: input.url } });
    if (clash && clash.id !== sourceId) {
      throw new AppError("CONFLICT", "Another source already has this URL.", { url: ["Another source already has this URL."] });
    }
    const viaId = input.viaUrl ? await resolveVia(sourceId, input.viaUrl) : null;
    const outlet = input.outlet ? await findOrCreateOutlet(tx, actor.id, input.outlet, input.affiliation, { replaceAffiliation: true }) : null;
    const updated = await tx.source.update({
      where: { id: sourceId },
      data: {
        url: input.url,
        title: input.title,
        kind: input.kind,
        author: input.author ?? null,
        publishedAt: input.publishedAt ?? null,
        language: input.language ?? null,
        outletId: outlet?.id ?? null,
        viaId,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.edit",
      entityType: "source",
      entityId: sourceId,
      before: sourceSnapshot(existing),
      after: sourceSnapshot(updated),
    });
    return updated;

    async function resolveVia(id: string, viaUrl: string) {
      const via = await tx.source.findUnique({ where: { url: viaUrl } });
      if (!via) {
        throw new AppError("INVALID_INPUT", "No source with that URL yet.", {
          viaUrl: ["No source with that URL yet: cite it in an update first, then link it here."],
        });
      }
      // Walk up from the new parent; reaching this source again would make a loop.
      let cursor: string | null = via.id;
      for (let depth = 0; cursor && depth < 20; depth++) {
        if (cursor === id) {
          throw new AppError("INVALID_INPUT", "That would make a loop.", { viaUrl: ["A source cannot be republished from itself."] });
        }
        const next: { viaId: string | null } | null = await tx.source.findUnique({ where: { id: cursor }, select: { viaId: true } });
        cursor = next?.viaId ?? null;
      }
      return via.id;
    }
  });
}

function sourceSnapshot(source: {
  url: string;
  title: string;
  kind: string;
  author: string | null;
  publishedAt: Date | null;
  language: string | null;
  outletId: string | null;
  viaId: string | null;
}) {
  const { url, title, kind, author, publishedAt, language, outletId, viaId } = source;
  return { url, title, kind, author, publishedAt, language, outletId, viaId };
}
