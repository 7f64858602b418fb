import { z } from "zod";
import { calendarDate } from "@/lib/validation/fields";
import { MAX_SOURCES, citedSource, newSourceRows } from "@/lib/validation/update";
import { STANCES } from "@/lib/positions/stances";

export const STATEMENT_MAX = 300;

const positionFields = {
  stance: z.enum(STANCES, { error: "Choose a stance from the scale." }),
  statement: z
    .string({ error: "Statement is required." })
    // A pasted line break is not worth an error: the statement is one line by design.
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, "Statement is required.").max(STATEMENT_MAX, `At most ${STATEMENT_MAX} characters: one line.`)),
  statedAt: calendarDate("Date stated"),
  sources: z.array(citedSource).max(MAX_SOURCES).optional().default([]),
  newSources: newSourceRows,
};

function refinePosition(value: { statedAt?: unknown }, ctx: z.RefinementCtx) {
  const tomorrow = Date.now() + 24 * 3600 * 1000;
  if (value.statedAt instanceof Date && value.statedAt.getTime() > tomorrow) {
    ctx.addIssue({ code: "custom", path: ["statedAt"], message: "The date cannot be in the future." });
  }
}

export const logPositionSchema = z
  .object({
    issueId: z.string({ error: "Choose an issue." }).trim().min(1, "Choose an issue.").max(40),
    partyId: z.string({ error: "Choose a party." }).trim().min(1, "Choose a party.").max(40),
    ...positionFields,
  })
  .superRefine(refinePosition);

/** An edit keeps the position in its cell: issue and party are not part of it. */
export const editPositionSchema = z.object(positionFields).superRefine(refinePosition);

export type LogPositionInput = z.infer<typeof logPositionSchema>;
export type EditPositionInput = z.infer<typeof editPositionSchema>;

const optionalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((value) => new Date(`${value}T00:00:00.000Z`))
  .refine((date) => !Number.isNaN(date.getTime()))
  .optional()
  .catch(undefined);

/** The matrix page's query: bad values are ignored (the page shows the live matrix), never an error. */
export const matrixQuerySchema = z.object({
  asOf: optionalDay,
  changedSince: optionalDay,
  recorded: z
    .string()
    .optional()
    .transform((value) => value === "1" || value === "on")
    .catch(false),
  sort: z.enum(["spread", "title"]).optional().catch(undefined),
});
