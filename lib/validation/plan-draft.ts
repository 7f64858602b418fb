import { z } from "zod";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { MAX_SOURCES, citedSource, newSourceRows } from "@/lib/validation/update";
import { parsePoints } from "@/lib/plan-drafts/parse-points";

export const MAX_POINTS = 150;

export const createDraftSchema = z
  .object({
    title: requiredText("Title", 200),
    description: optionalText(2000),
    text: requiredText("Plan text", 100_000),
    sources: z.array(citedSource).max(MAX_SOURCES).optional().default([]),
    newSources: newSourceRows,
  })
  .transform((value, ctx) => {
    const parsed = parsePoints(value.text);
    if (parsed.points.length === 0) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "No numbered points found: start each point with its number, like “1.” or “2)”." });
      return z.NEVER;
    }
    if (parsed.points.length > MAX_POINTS) {
      ctx.addIssue({ code: "custom", path: ["text"], message: `At most ${MAX_POINTS} points in one draft.` });
      return z.NEVER;
    }
    return { ...value, points: parsed.points };
  });

export type CreateDraftInput = z.infer<typeof createDraftSchema>;

const id = z.string().trim().min(1).max(40);

/** Checkboxes named "issues.<pointId>": one value or many per point; points left unticked are absent. */
export const pointIssuesSchema = z.object({
  issues: z
    .record(id, z.union([id, z.array(id).max(200)]))
    .optional()
    .default({})
    .transform((links) => new Map(Object.entries(links).map(([pointId, issueIds]) => [pointId, Array.isArray(issueIds) ? issueIds : [issueIds]]))),
});

export type PointIssuesInput = z.infer<typeof pointIssuesSchema>;

/** A hand correction of the cross-walk: "auto" lets matching decide again, "none" means no counterpart. */
export const pointMatchSchema = z.object({
  fromPointId: id,
  toDraftId: id,
  toPointId: z.union([z.literal("auto"), z.literal("none"), id]),
});

export type PointMatchInput = z.infer<typeof pointMatchSchema>;
