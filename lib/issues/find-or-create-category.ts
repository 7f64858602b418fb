import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { uniqueSlug } from "@/lib/unique-slug";

/**
 * Categories are extensible: naming a new one creates it (audited). A new name whose slug another
 * category already has ("Energy / grid" next to "Energy grid") gets a slug of its own, so what was
 * typed is never replaced by a different existing name.
 */
export async function findOrCreateCategory(tx: Tx, actorId: string, name: string) {
  const existing = await tx.category.findFirst({ where: { name: { equals: name, mode: "insensitive" } } });
  if (existing) return existing;
  const slug = await uniqueSlug(name, async (candidate) => Boolean(await tx.category.findUnique({ where: { slug: candidate } })));
  // A concurrent request may be creating the same name: ON CONFLICT DO NOTHING waits for it and
  // then leaves its row be, so both end with that one category (Prisma's upsert raced into a
  // unique-key error here).
  const { count } = await tx.category.createMany({ data: [{ name, slug }], skipDuplicates: true });
  const category = await tx.category.findUniqueOrThrow({ where: { slug } });
  if (count === 1) await recordAudit(tx, { actorId, action: "category.create", entityType: "category", entityId: category.id, after: { name: category.name } });
  return category;
}
