import { z } from "zod";
import { optionalText, requiredText } from "@/lib/validation/fields";

export const negotiationSchema = z.object({
  title: requiredText("Title", 160),
  description: optionalText(5000).transform((value) => value ?? ""),
  /** One party a line: "Name — what they want" (the part after a dash is optional). */
  parties: z
    .string()
    .optional()
    .transform((value) => parseParties(value ?? ""))
    .pipe(
      z
        .array(z.object({ name: z.string().min(1).max(80, "A party name is at most 80 characters."), description: z.string().max(500) }))
        .max(30, "At most 30 parties."),
    ),
});

export type NegotiationInput = z.infer<typeof negotiationSchema>;

export function parseParties(text: string) {
  const seen = new Set<string>();
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = "", ...rest] = line.split(/\s+[—–-]\s+/);
      return { name: name.trim(), description: rest.join(" — ").trim() };
    })
    .filter((party) => {
      const key = party.name.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function formatParties(parties: { name: string; description: string }[]): string {
  return parties.map((party) => (party.description ? `${party.name} — ${party.description}` : party.name)).join("\n");
}
