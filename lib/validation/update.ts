import { z } from "zod";
import { calendarDate, optionalText, requiredText } from "@/lib/validation/fields";
import { optionalStatus } from "@/lib/validation/issue";
import { sourceFieldsSchema } from "@/lib/validation/source";

export const citedSource = z.object({
  id: z.string().min(1).max(40),
  quote: optionalText(2000),
});

export const newSource = sourceFieldsSchema.extend({ quote: optionalText(2000) });

export const MAX_SOURCES = 20;

export const logUpdateSchema = z
  .object({
    summary: requiredText("Summary", 20000),
    occurredAt: calendarDate("Date"),
    newStatus: optionalStatus,
    sources: z.array(citedSource).max(MAX_SOURCES).optional().default([]),
    newSources: z.array(newSource).max(MAX_SOURCES).optional().default([]),
  })
  .superRefine((value, ctx) => {
    const tomorrow = Date.now() + 24 * 3600 * 1000;
    // Refinements still run when a field already failed, with that field unparsed.
    if (value.occurredAt instanceof Date && value.occurredAt.getTime() > tomorrow) {
      ctx.addIssue({ code: "custom", path: ["occurredAt"], message: "The date cannot be in the future." });
    }
    const urls = Array.isArray(value.newSources) ? value.newSources.map((source) => source.url) : [];
    urls.forEach((url, index) => {
      if (urls.indexOf(url) !== index) {
        ctx.addIssue({ code: "custom", path: ["newSources", index, "url"], message: "This source is already in the list." });
      }
    });
  });

export type LogUpdateInput = z.infer<typeof logUpdateSchema>;

/** Drops inline source rows the analyst left entirely empty, before validation. */
export function withoutBlankNewSources(input: Record<string, unknown>): Record<string, unknown> {
  const rows = input.newSources;
  if (!Array.isArray(rows)) return input;
  const filled = rows.filter(
    (row) => row && typeof row === "object" && Object.values(row as Record<string, unknown>).some((v) => typeof v === "string" && v.trim() !== "" && v !== "ARTICLE"),
  );
  return { ...input, newSources: filled };
}
