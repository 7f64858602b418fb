// The from/to range of a "What changed" page or a compare view, as it lives in the URL. Pure, so the
// parsing rules are unit-tested without a database. Every moment is UTC: negotiations have no zone.
import { z } from "zod";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without an earlier visit, a digest covers this many days back from now. */
export const DEFAULT_DAYS = 7;

const MOMENT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?)?$/;

/**
 * A day (`2026-11-20`) or a UTC moment (`2026-11-20T14:30`, seconds and a trailing `Z` optional).
 * A bare day means its start; `endOfDay` makes it the day's last millisecond (an inclusive "to").
 */
function momentSchema(label: string, endOfDay: boolean) {
  return z
    .string()
    .trim()
    .transform((value, context) => {
      const match = MOMENT_PATTERN.exec(value);
      const [, year, month, day, hour, minute, second, fraction] = match ?? [];
      const date = match
        ? new Date(
            Date.UTC(
              Number(year),
              Number(month) - 1,
              Number(day),
              Number(hour ?? 0),
              Number(minute ?? 0),
              Number(second ?? 0),
              Number((fraction ?? "0").padEnd(3, "0")),
            ),
          )
        : null;
      // Date.UTC rolls 31 Nov over to 1 Dec; a date that does not round-trip did not exist.
      const isRealDay = date !== null && date.toISOString().slice(0, 10) === `${year}-${month}-${day}`;
      const isInRange = isRealDay && Number(year) >= 1900 && Number(year) <= 9999 && Number(hour ?? 0) < 24 && Number(minute ?? 0) < 60;
      if (!date || !isInRange) {
        context.addIssue({ code: "custom", message: `“${label}” must be a date such as 2026-11-20, or a UTC time such as 2026-11-20T14:30.` });
        return z.NEVER;
      }
      return endOfDay && hour === undefined ? new Date(date.getTime() + DAY_MS - 1) : date;
    });
}

export const changeRangeSchema = z
  .object({
    from: momentSchema("From", false).optional(),
    to: momentSchema("To", true).optional(),
  })
  .refine(({ from, to }) => !from || !to || from < to, { message: "“From” must be before “To”.", path: ["from"] });

/** The two moments of a compare view: both required. */
export const compareRangeSchema = z
  .object({ a: momentSchema("Date A", true), b: momentSchema("Date B", true) })
  .refine(({ a, b }) => a.getTime() !== b.getTime(), { message: "Pick two different dates.", path: ["b"] });

export interface ChangeRange {
  from: Date;
  to: Date;
  /** Where `from` came from when the URL did not say. */
  fromReason: "url" | "previous-visit" | "default-days";
}

export type ParsedRange<T> = { isValid: true; range: T } | { isValid: false; errors: string[] };

/** A "To" after `now` reads as now: nothing has happened after it yet. */
const clampToNow = (date: Date, now: Date) => (date > now ? now : date);

/** Reads `?from&to`; a missing `to` is now, a missing `from` the previous visit or {@link DEFAULT_DAYS} ago. */
export function parseChangeRange(query: { from?: unknown; to?: unknown }, options: { now: Date; previousVisit: Date | null }): ParsedRange<ChangeRange> {
  const parsed = changeRangeSchema.safeParse({ from: emptyToUndefined(query.from), to: emptyToUndefined(query.to) });
  if (!parsed.success) return { isValid: false, errors: parsed.error.issues.map((issue) => issue.message) };
  const to = clampToNow(parsed.data.to ?? options.now, options.now);
  if (parsed.data.from) {
    if (parsed.data.from >= to) return { isValid: false, errors: ["“From” must be before “To” (and “To” cannot be later than now)."] };
    return { isValid: true, range: { from: parsed.data.from, to, fromReason: "url" } };
  }
  const previous = options.previousVisit && options.previousVisit < to ? options.previousVisit : null;
  return previous
    ? { isValid: true, range: { from: previous, to, fromReason: "previous-visit" } }
    : { isValid: true, range: { from: new Date(to.getTime() - DEFAULT_DAYS * DAY_MS), to, fromReason: "default-days" } };
}

/** Reads `?a&b` of a compare view, A being the earlier of the two. */
export function parseCompareRange(query: { a?: unknown; b?: unknown }, now: Date): ParsedRange<{ a: Date; b: Date }> | null {
  const a = emptyToUndefined(query.a);
  const b = emptyToUndefined(query.b);
  if (a === undefined && b === undefined) return null;
  const parsed = compareRangeSchema.safeParse({ a: a ?? "", b: b ?? "" });
  if (!parsed.success) return { isValid: false, errors: parsed.error.issues.map((issue) => issue.message) };
  const [earlier, later] = [parsed.data.a, parsed.data.b].map((date) => clampToNow(date, now)).sort((x, y) => x.getTime() - y.getTime()) as [Date, Date];
  if (earlier.getTime() === later.getTime()) return { isValid: false, errors: ["Pick two different dates (both are now or later)."] };
  return { isValid: true, range: { a: earlier, b: later } };
}

/** `2026-11-20T14:30` in UTC (seconds and milliseconds only when set), for URLs and datetime-local inputs. */
export function toMomentParam(date: Date): string {
  const text = date
    .toISOString()
    .slice(0, 23)
    .replace(/\.000$/, "");
  return text.length === 19 ? text.replace(/:00$/, "") : text;
}

function emptyToUndefined(value: unknown): string | undefined {
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof first === "string" && first.trim() !== "" ? first : undefined;
}
