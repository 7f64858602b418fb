import "server-only";
import { csvRow } from "@/lib/data-export/csv";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const PAGE = 500;

/** The columns of the updates CSV; the CSV import reads the first five. */
export const UPDATE_CSV_COLUMNS = [
  "date",
  "note",
  "status",
  "source_urls",
  "quotes",
  "issue",
  "issue_title",
  "update_id",
  "logged_at",
  "author",
  "from_status",
  "edited_at",
] as const;

const updateInclude = {
  issue: { select: { slug: true, title: true } },
  author: { select: { name: true } },
  sources: { orderBy: { position: "asc" }, include: { source: { select: { url: true } } } },
} satisfies Prisma.UpdateInclude;

/**
 * The live updates of a negotiation (or of one of its issues), one row each, in timeline order
 * (oldest first), read a page at a time. Several sources share one cell, one URL a line; their
 * quotes likewise, line for line.
 */
export async function* streamUpdatesCsv(where: { negotiationId: string; issueId?: string }): AsyncGenerator<string> {
  yield csvRow(UPDATE_CSV_COLUMNS);
  const filter: Prisma.UpdateWhereInput = {
    deletedAt: null,
    issue: { negotiationId: where.negotiationId },
    ...(where.issueId ? { issueId: where.issueId } : {}),
  };
  let cursor: { occurredAt: Date; id: string } | undefined;
  for (;;) {
    const rows = await db().update.findMany({
      where: cursor ? { AND: [filter, { OR: [{ occurredAt: { gt: cursor.occurredAt } }, { occurredAt: cursor.occurredAt, id: { gt: cursor.id } }] }] } : filter,
      include: updateInclude,
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      take: PAGE,
    });
    let batch = "";
    for (const row of rows) {
      batch += csvRow([
        row.occurredAt.toISOString().slice(0, 10),
        row.summary,
        row.toStatus ?? "",
        row.sources.map((cited) => cited.source.url).join("\n"),
        row.sources.map((cited) => (cited.quote ?? "").replaceAll("\n", " ")).join("\n"),
        row.issue.slug,
        row.issue.title,
        row.id,
        row.loggedAt.toISOString(),
        row.author.name,
        row.fromStatus ?? "",
        row.editedAt?.toISOString() ?? "",
      ]);
    }
    yield batch;
    const last = rows.at(-1);
    if (rows.length < PAGE || !last) return;
    cursor = { occurredAt: last.occurredAt, id: last.id };
  }
}

/** A negotiation's issues, one row each, with their current status. */
export async function* streamIssuesCsv(negotiationId: string): AsyncGenerator<string> {
  yield csvRow(["issue", "title", "category", "status", "last_update", "summary", "issue_id"]);
  const rows = await db().issue.findMany({ where: { negotiationId }, include: { category: true }, orderBy: [{ title: "asc" }, { id: "asc" }] });
  yield rows
    .map((row) => csvRow([row.slug, row.title, row.category.name, row.status, row.lastUpdateAt?.toISOString().slice(0, 10) ?? "", row.summary, row.id]))
    .join("");
}
