import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockName } from "@/lib/db/advisory-lock";
import type { Tx } from "@/lib/db/client";
import type { SourceFieldsInput } from "@/lib/validation/source";

/**
 * The source stored under this (already normalised) URL, created if it is new. An existing source
 * is reused as it is: citing it again must not silently rewrite what others cited.
 */
export async function findOrCreateSource(tx: Tx, input: SourceFieldsInput, actorId: string) {
  // Two analysts citing the same new URL at once: the second waits for the first's commit and
  // reuses its source (without the lock it would fail on the unique URL with a 500).
  await lockName(tx, "source", input.url);
  const existing = await tx.source.findUnique({ where: { url: input.url } });
  if (existing) return { source: existing, isNew: false };
  const outlet = input.outlet ? await findOrCreateOutlet(tx, actorId, input.outlet, input.affiliation) : null;
  const source = await tx.source.create({
    data: {
      url: input.url,
      title: input.title,
      kind: input.kind,
      author: input.author,
      publishedAt: input.publishedAt,
      language: input.language,
      outletId: outlet?.id,
      addedById: actorId,
    },
  });
  await recordAudit(tx, {
    actorId,
    action: "source.create",
    entityType: "source",
    entityId: source.id,
    after: { url: source.url, title: source.title, outlet: input.outlet ?? null, kind: source.kind },
  });
  return { source, isNew: true };
}

/**
 * The outlet of this name (any case), created if new. A given affiliation fills in an unknown one;
 * with `replaceAffiliation` (editing a source) it replaces a known one too. Both are audited.
 */
export async function findOrCreateOutlet(
  tx: Tx,
  actorId: string,
  name: string,
  affiliation?: SourceFieldsInput["affiliation"],
  options: { replaceAffiliation?: boolean } = {},
) {
  // As for sources: concurrent first citations of a new outlet take turns, the second reuses it.
  await lockName(tx, "outlet", name);
  const existing = await tx.outlet.findFirst({ where: { name: { equals: name, mode: "insensitive" } } });
  if (!existing) {
    const outlet = await tx.outlet.create({ data: { name, affiliation: affiliation ?? "UNKNOWN" } });
    await recordAudit(tx, {
      actorId,
      action: "outlet.create",
      entityType: "outlet",
      entityId: outlet.id,
      after: { name: outlet.name, affiliation: outlet.affiliation },
    });
    return outlet;
  }
  const shouldUpdate = affiliation && affiliation !== existing.affiliation && (existing.affiliation === "UNKNOWN" || options.replaceAffiliation);
  if (!shouldUpdate) return existing;
  const outlet = await tx.outlet.update({ where: { id: existing.id }, data: { affiliation } });
  await recordAudit(tx, {
    actorId,
    action: "outlet.edit",
    entityType: "outlet",
    entityId: outlet.id,
    before: { name: existing.name, affiliation: existing.affiliation },
    after: { name: outlet.name, affiliation: outlet.affiliation },
  });
  return outlet;
}
