import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { parseUpdatesCsv, type CsvRowResult } from "@/lib/data-import/updates-csv";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { appendUpdate } from "@/lib/updates/log-update";

export interface PreviewRow {
  line: number;
  date: string;
  note: string;
  status: string;
  sourceUrls: string[];
  errors: string[];
  /** An identical live update (same day, same note) is already on the timeline: skipped, so a file can be loaded twice safely. */
  isDuplicate: boolean;
}

export type CsvPreview = { rows: PreviewRow[]; toImport: number; duplicates: number; invalid: number } | { error: string };

async function issueOf(issueId: string) {
  const issue = await db().issue.findUnique({ where: { id: issueId }, select: { id: true, negotiationId: true, title: true } });
  if (!issue) throw new AppError("NOT_FOUND", "No issue with that id.");
  return issue;
}

/** Live updates' (day, note) pairs already on the issue's timeline. */
async function existingKeys(client: Pick<Tx, "update">, issueId: string, rows: CsvRowResult[]): Promise<Set<string>> {
  const days = [...new Set(rows.flatMap((row) => (row.input ? [row.input.occurredAt.getTime()] : [])))].map((time) => new Date(time));
  const found = await client.update.findMany({ where: { issueId, deletedAt: null, occurredAt: { in: days } }, select: { occurredAt: true, summary: true } });
  return new Set(found.map((update) => `${update.occurredAt.toISOString()}\n${update.summary}`));
}

const keyOf = (row: CsvRowResult) => (row.input ? `${row.input.occurredAt.toISOString()}\n${row.input.summary}` : "");

/** What a CSV would add to an issue's timeline, row by row, without writing anything. */
export async function previewUpdatesCsv(actor: Actor | null, issueId: string, text: string): Promise<CsvPreview> {
  assertCan(actor, "update.log");
  await issueOf(issueId);
  const parsed = parseUpdatesCsv(text);
  if ("error" in parsed) return parsed;
  const existing = await existingKeys(db(), issueId, parsed.rows);
  const seen = new Set<string>();
  const rows = parsed.rows.map((row) => {
    const key = keyOf(row);
    const isDuplicate = row.input !== null && (existing.has(key) || seen.has(key));
    seen.add(key);
    return { line: row.line, date: row.date, note: row.note, status: row.status, sourceUrls: row.sourceUrls, errors: row.errors, isDuplicate };
  });
  const invalid = rows.filter((row) => row.errors.length > 0).length;
  const duplicates = rows.filter((row) => row.isDuplicate).length;
  return { rows, toImport: rows.length - invalid - duplicates, duplicates, invalid };
}

/**
 * Adds the CSV's rows to the issue's timeline in one transaction, each through the same write path
 * as the log-update form (sources found by URL or created, status re-derived, each update audited),
 * plus one audit event for the import. Refused whole if any row is invalid; rows already on the
 * timeline are skipped.
 */
export async function commitUpdatesCsv(actor: Actor | null, issueId: string, text: string): Promise<{ imported: number; skipped: number }> {
  assertCan(actor, "update.log");
  const issue = await issueOf(issueId);
  const parsed = parseUpdatesCsv(text);
  if ("error" in parsed) throw new AppError("INVALID_INPUT", parsed.error, { file: [parsed.error] });
  const bad = parsed.rows.find((row) => row.errors.length > 0);
  if (bad) {
    const message = `Line ${bad.line}: ${bad.errors.join(" ")} Nothing was imported.`;
    throw new AppError("INVALID_INPUT", message, { file: [message] });
  }
  return db().$transaction(
    async (tx) => {
      const existing = await existingKeys(tx, issueId, parsed.rows);
      let imported = 0;
      for (const row of parsed.rows) {
        const key = keyOf(row);
        if (!row.input || existing.has(key)) continue;
        existing.add(key);
        await appendUpdate(tx, actor, issueId, row.input);
        imported++;
      }
      const skipped = parsed.rows.length - imported;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "data.import",
        entityType: "issue",
        entityId: issue.id,
        issueId: issue.id,
        negotiationId: issue.negotiationId,
        after: { what: `updates from a CSV file into “${issue.title}”`, imported, skipped },
      });
      return { imported, skipped };
    },
    { timeout: 5 * 60_000, maxWait: 30_000 },
  );
}
