import { z } from "zod";
import { hasText, optionalRows, optionalText, requiredText } from "@/lib/validation/fields";

export const MAX_PARTIES = 30;

/**
 * One row of the party editor. A row with an id is a party that exists (kept, renamed or
 * re-described); a row without one is a party to add. A party left out of the list is removed.
 */
const partyRow = z.object({
  id: optionalText(40),
  name: z.string({ error: "Party name is required." }).trim().min(1, "Party name is required.").max(80, "A party name is at most 80 characters."),
  description: optionalText(500).transform((value) => value ?? ""),
});

export type PartyRow = z.infer<typeof partyRow>;

/** Whether this runtime knows the IANA time zone (Intl throws on one it does not). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const negotiationSchema = z.object({
  title: requiredText("Title", 160),
  description: optionalText(5000).transform((value) => value ?? ""),
  timeZone: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => value || "UTC")
    .refine(isTimeZone, "Choose a time zone from the list."),
  // A row with an id stays even when emptied: erasing a name is an error, not a removal.
  parties: optionalRows(partyRow, {
    isBlank: (row) => !hasText(row.id) && !hasText(row.name) && !hasText(row.description),
    max: MAX_PARTIES,
    maxMessage: `At most ${MAX_PARTIES} parties.`,
    refine: (rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (!row) return;
        const key = row.name.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, "name"], message: "Another party has this name." });
        seen.add(key);
      });
    },
  }),
});

export type NegotiationInput = z.infer<typeof negotiationSchema>;
