import { z } from "zod";
import { RELIABILITY_GRADES } from "@/lib/sources/admiralty";

/** "" clears a grade: "not graded" is a state of its own, distinct from F or 6. */
export const outletGradeSchema = z.object({
  reliability: z.union([z.enum(RELIABILITY_GRADES, { error: "Choose a grade from A to F." }), z.literal("").transform(() => null)]),
});

export const citationGradeSchema = z.object({
  credibility: z.union([
    z.literal("").transform(() => null),
    z.coerce
      .number({ error: "Choose a grade from 1 to 6." })
      .int("Choose a grade from 1 to 6.")
      .min(1, "Choose a grade from 1 to 6.")
      .max(6, "Choose a grade from 1 to 6."),
  ]),
});

export type OutletGradeInput = z.infer<typeof outletGradeSchema>;
export type CitationGradeInput = z.infer<typeof citationGradeSchema>;
