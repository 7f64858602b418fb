import "server-only";
import { db } from "@/lib/db/client";

/** The choices of the search page's filters. */
export async function getSearchFilterOptions() {
  const [negotiations, issues, categories, outlets, authors] = await Promise.all([
    db().negotiation.findMany({ select: { slug: true, title: true }, orderBy: { title: "asc" } }),
    db().issue.findMany({
      select: { id: true, title: true, negotiation: { select: { slug: true, title: true } } },
      orderBy: [{ negotiation: { title: "asc" } }, { title: "asc" }],
    }),
    db().category.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db().outlet.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().user.findMany({ where: { updates: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { negotiations, issues, categories, outlets, authors };
}

export type SearchFilterOptions = Awaited<ReturnType<typeof getSearchFilterOptions>>;
