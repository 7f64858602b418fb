import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db/client";
import { slugify } from "@/lib/slug";

/** Categories are extensible: naming a new one creates it (audited). */
export async function findOrCreateCategory(tx: Tx, actorId: string, name: string) {
  const existing = await tx.category.findFirst({ where: { name: { equals: name, mode: "insensitive" } } });
  if (existing) return existing;
  const bySlug = await tx.category.findUnique({ where: { slug: slugify(name) } });
  if (bySlug) return bySlug;
  const category = await tx.category.create({ data: { name, slug: slugify(name) } });
  await recordAudit(tx, { actorId, action: "category.create", entityType: "category", entityId: category.id, after: { name: category.name } });
  return category;
}
