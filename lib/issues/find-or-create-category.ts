import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { lockName } from "@/lib/db/advisory-lock";
import type { Tx } from "@/lib/db/client";
import { uniqueSlug } from "@/lib/unique-slug";

/**
 * Categories are extensible: naming a new one creates it (audited). A new name whose slug another
 * category already has ("Energy / grid" next to "Energy grid") gets a slug of its own, so what was
 * typed is never replaced by a different existing name.
 */
export async function findOrCreateCategory(tx: Tx, actorId: string, name: string) {
  // Issues created at once under the same new name take turns: the second finds the first's category.
  await lockName(tx, "category", name);
  const existing = await tx.category.findFirst({ where: { name: { equals: name, mode: "insensitive" } } });
  if (existing) return existing;
  const slug = await uniqueSlug(name, async (candidate) => Boolean(await tx.category.findUnique({ where: { slug: candidate } })));
  const category = await tx.category.create({ data: { name, slug } });
  await recordAudit(tx, { actorId, action: "category.create", entityType: "category", entityId: category.id, after: { name: category.name } });
  return category;
}
