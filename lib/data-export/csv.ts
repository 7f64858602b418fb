// CSV for spreadsheets (RFC 4180): every cell quoted, quotes doubled, CRLF between rows. A cell that
// a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return that
// hides one) gets a leading apostrophe, as OWASP advises against CSV injection. Pure.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** Undoes the formula guard on import: a leading apostrophe before = + - @ was ours. */
export function unguardCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * Parses CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks) into rows of
 * cells. Returns the rows, or the 1-based line where a quoted cell never ends.
 */
export function parseCsv(input: string): { rows: string[][] } | { unclosedQuoteAtLine: number } {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let isQuoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (isQuoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index++;
        } else isQuoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
      continue;
    }
    if (char === '"') {
      isQuoted = true;
      quoteLine = line;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      line++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (isQuoted) return { unclosedQuoteAtLine: quoteLine };
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows: rows.filter((cells) => cells.some((value) => value.trim() !== "")) };
}
