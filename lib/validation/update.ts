import { z } from "zod";
import { calendarDate, hasText, optionalRows, optionalText, requiredText } from "@/lib/validation/fields";
import { optionalStatus } from "@/lib/validation/issue";
import { sourceFieldsSchema } from "@/lib/validation/source";

export const citedSource = z.object({
  id: z.string().min(1).max(40),
  quote: optionalText(2000),
});

export const newSource = sourceFieldsSchema.extend({ quote: optionalText(2000) });

export const MAX_SOURCES = 20;

/**
 * The inline new-source rows of any form that cites sources: rows left blank are dropped, but
 * errors keep each row's own index so they land under the row that has them.
 */
export const newSourceRows = optionalRows(newSource, {
  isBlank: isBlankNewSource,
  max: MAX_SOURCES,
  maxMessage: `At most ${MAX_SOURCES} new sources.`,
  refine: (rows, ctx) => {
    const urls = rows.map((source) => source?.url);
    urls.forEach((url, index) => {
      if (url !== undefined && urls.indexOf(url) !== index) {
        ctx.addIssue({ code: "custom", path: [index, "url"], message: "This source is already in the list." });
      }
    });
  },
});

export const logUpdateSchema = z
  .object({
    summary: requiredText("Summary", 20000),
    occurredAt: calendarDate("Date"),
    newStatus: optionalStatus,
    sources: z.array(citedSource).max(MAX_SOURCES).optional().default([]),
    newSources: newSourceRows,
  })
  .superRefine((value, ctx) => {
    const tomorrow = Date.now() + 24 * 3600 * 1000;
    // Refinements still run when a field already failed, with that field unparsed.
    if (value.occurredAt instanceof Date && value.occurredAt.getTime() > tomorrow) {
      ctx.addIssue({ code: "custom", path: ["occurredAt"], message: "The date cannot be in the future." });
    }
  });

export type LogUpdateInput = z.infer<typeof logUpdateSchema>;

/** An inline source row the analyst left entirely empty (the kind select still says ARTICLE). */
function isBlankNewSource(row: Record<string, unknown>): boolean {
  return !Object.values(row).some((value) => hasText(value) && value !== "ARTICLE");
}

/** The timeline's delete form: which update, by id (ids are cuids). */
export const deleteUpdateSchema = z.object({ updateId: z.string().min(1).max(40) });
