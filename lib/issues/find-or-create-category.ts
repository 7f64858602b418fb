import "server-only";
import type { Tx } from "@/lib/db/client";
import { slugify } from "@/lib/slug";

/** Categories are extensible: naming a new one creates it. */
export async function findOrCreateCategory(tx: Tx, name: string) {
  const existing = await tx.category.findFirst({ where: { name: { equals: name, mode: "insensitive" } } });
  if (existing) return existing;
  return tx.category.upsert({ where: { slug: slugify(name) }, update: {}, create: { name, slug: slugify(name) } });
}
