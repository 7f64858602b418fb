// Pure: turns a pasted plan text into numbered points. Shared by the paste form's live preview
// and the server, which parses again on save, so what was previewed is what is stored.

export interface ParsedPoint {
  /** The number as written: "7", "12a", "3.1". */
  label: string;
  text: string;
}

export interface ParsedDraft {
  points: ParsedPoint[];
  /** Text before the first numbered point (a title or preamble); not a point. */
  preamble: string;
  /** Things an analyst should check before saving: gaps, repeats, points without text. */
  warnings: string[];
}

/**
 * A line that starts a point: "1.", "1)", "(1)", "1 -", "12a.", "3.1.", "Point 4:", "Пункт 5." —
 * one to three digits, so a year ("2025. …") never counts, and a mark after the number, so a line
 * opening with a figure ("1.5 million …") does not either.
 */
const POINT_START = /^\s*(?:(?:point|item|article|clause|пункт|статья|стаття)\s+)?\(?(\d{1,3}(?:\.\d{1,3})*[a-zа-яіїєґ]?)(?:\)|\.(?!\d)|\s*[:–—-])\s*(.*)$/iu;

export function parsePoints(input: string): ParsedDraft {
  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  const points: { label: string; lines: string[] }[] = [];
  const preamble: string[] = [];
  for (const line of lines) {
    const match = POINT_START.exec(line);
    if (match && (match[2]?.trim() !== "" || isBareNumber(line))) {
      points.push({ label: (match[1] ?? "").toLowerCase(), lines: [match[2] ?? ""] });
      continue;
    }
    const current = points.at(-1);
    if (current) current.lines.push(line);
    else preamble.push(line);
  }
  const warnings: string[] = [];
  const parsed: ParsedPoint[] = [];
  for (const point of points) {
    const text = joinLines(point.lines);
    if (!text) {
      warnings.push(`Point ${point.label} has no text and was left out.`);
      continue;
    }
    parsed.push({ label: point.label, text });
  }
  warnings.push(...numberingWarnings(parsed.map((point) => point.label)));
  return { points: parsed, preamble: joinLines(preamble), warnings };
}

/** "3." alone on its line, with the text on the next lines. */
function isBareNumber(line: string): boolean {
  return /^\s*\(?\d{1,3}(?:\.\d{1,3})*[a-zа-яіїєґ]?[.)]?\s*$/iu.test(line);
}

/** Lines of one point: wrapped lines joined by a space, blank lines kept as paragraph breaks. */
function joinLines(lines: string[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "") {
      if (current.length > 0) paragraphs.push(current.join(" "));
      current = [];
    } else current.push(trimmed.replace(/\s+/g, " "));
  }
  if (current.length > 0) paragraphs.push(current.join(" "));
  return paragraphs.join("\n\n");
}

function numberingWarnings(labels: string[]): string[] {
  const warnings: string[] = [];
  const seen = new Set<string>();
  let previous: number | undefined;
  for (const label of labels) {
    if (seen.has(label)) warnings.push(`Point ${label} appears more than once.`);
    seen.add(label);
    // Only plain top-level numbers are checked for gaps: "3a" or "3.1" follow their own logic.
    if (!/^\d+$/.test(label)) continue;
    const number = Number(label);
    if (previous !== undefined && number !== previous + 1 && number !== previous) {
      warnings.push(number > previous ? `Numbering jumps from ${previous} to ${number}.` : `Point ${number} follows point ${previous}.`);
    }
    previous = number;
  }
  return warnings;
}
