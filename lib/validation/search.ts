import { z } from "zod";
import { OutletAffiliation, IssueStatus } from "@/lib/generated/prisma/enums";
import { optionalCalendarDate } from "@/lib/validation/fields";

export const SEARCH_TYPES = ["update", "issue", "source", "negotiation"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const id = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z0-9_-]*$/, "Not a valid id.")
  .transform((value) => value || undefined)
  .optional();

/** The search page's URL parameters: the whole state of a search, so it can be bookmarked. */
export const searchParamsSchema = z
  .object({
    q: z.string().max(500, "The search is too long (at most 500 characters).").optional().default(""),
    type: z
      .union([z.literal(""), z.enum(SEARCH_TYPES)])
      .optional()
      .transform((value) => value || undefined),
    negotiation: id,
    issue: id,
    category: id,
    status: z
      .union([z.literal(""), z.enum(IssueStatus)])
      .optional()
      .transform((value) => value || undefined),
    outlet: id,
    affiliation: z
      .union([z.literal(""), z.enum(OutletAffiliation)])
      .optional()
      .transform((value) => value || undefined),
    author: id,
    from: optionalCalendarDate("From"),
    to: optionalCalendarDate("To"),
    after: z.string().max(200).optional(),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { message: "“From” must not be after “To”.", path: ["to"] });

export type SearchParams = z.output<typeof searchParamsSchema>;

/** The first value of each parameter, as Next.js hands searchParams to a page. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );
}
