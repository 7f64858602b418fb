import { parseCsv, unguardCell } from "@/lib/data-export/csv";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { logUpdateSchema, type LogUpdateInput } from "@/lib/validation/update";

// Reading a CSV of updates for one issue: columns date, note, and optionally status, source_urls
// (one URL a line, or separated by spaces) and quote/quotes (line for line with the URLs). Each row
// goes through the log-update form's own schema, so a row is accepted exactly when the form would
// accept it. Pure, no database: the preview and the commit both start here.

export const MAX_CSV_ROWS = 2000;

export interface CsvRowResult {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  date: string;
  note: string;
  status: string;
  sourceUrls: string[];
  input: LogUpdateInput | null;
  errors: string[];
}

export type ParsedUpdatesCsv = { rows: CsvRowResult[] } | { error: string };

const COLUMN_ALIASES: Record<string, "date" | "note" | "status" | "source_urls" | "quotes"> = {
  date: "date",
  occurred: "date",
  occurred_at: "date",
  note: "note",
  summary: "note",
  status: "status",
  new_status: "status",
  source_urls: "source_urls",
  sources: "source_urls",
  source_url: "source_urls",
  quote: "quotes",
  quotes: "quotes",
};

const FIELD_NAMES: Record<string, string> = { summary: "note", occurredAt: "date", newStatus: "status", newSources: "source URL" };

export function parseUpdatesCsv(text: string): ParsedUpdatesCsv {
  const parsed = parseCsv(text);
  if ("unclosedQuoteAtLine" in parsed) return { error: `A quoted cell that starts on line ${parsed.unclosedQuoteAtLine} never ends.` };
  const [header, ...body] = parsed.rows;
  if (!header) return { error: "The file is empty." };
  const columns = header.map((name) => COLUMN_ALIASES[name.trim().toLowerCase().replaceAll(" ", "_")]);
  if (!columns.includes("date") || !columns.includes("note"))
    return { error: "The first row must name the columns; “date” and “note” are required (optional: status, source_urls, quotes)." };
  if (body.length === 0) return { error: "The file has a header but no rows." };
  if (body.length > MAX_CSV_ROWS) return { error: `At most ${MAX_CSV_ROWS} rows per file; split it into smaller files.` };
  return { rows: body.map((cells, index) => readRow(columns, cells, index + 2)) };
}

function readRow(columns: (string | undefined)[], cells: string[], line: number): CsvRowResult {
  const cell = (name: string) => {
    const index = columns.indexOf(name);
    return index === -1 ? "" : unguardCell(cells[index] ?? "").trim();
  };
  const sourceUrls = cell("source_urls").split(/\s+/).filter(Boolean);
  const quotes = cell("quotes").split(/\r?\n/);
  const status = cell("status").toUpperCase().replaceAll(" ", "_");
  const raw = {
    summary: cell("note"),
    occurredAt: cell("date"),
    newStatus: status,
    sources: [],
    newSources: sourceUrls.map((url, index) => ({ url, title: url.slice(0, 300), kind: "ARTICLE", quote: quotes[index]?.trim() ?? "" })),
  };
  const result = logUpdateSchema.safeParse(raw);
  const base = { line, date: raw.occurredAt, note: raw.summary, status, sourceUrls };
  if (result.success) return { ...base, input: result.data, errors: [] };
  const errors = Object.entries(fieldErrorsOf(result.error)).flatMap(([field, messages]) =>
    messages.map((message) => `${FIELD_NAMES[field.split(".")[0] ?? ""] ?? field}: ${message}`),
  );
  return { ...base, input: null, errors };
}
