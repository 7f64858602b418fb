import { z } from "zod";
import { normalizeSourceUrl } from "@/lib/sources/normalize-url";
import { optionalCalendarDate, optionalText, requiredText } from "@/lib/validation/fields";

export const AFFILIATIONS = ["INDEPENDENT", "STATE_CONTROLLED", "STATE_FUNDED", "GOVERNMENT", "AGGREGATOR", "UNKNOWN"] as const;
export const SOURCE_KINDS = ["ARTICLE", "STATEMENT", "SOCIAL_POST", "DOCUMENT", "OTHER"] as const;

export const AFFILIATION_LABELS: Record<(typeof AFFILIATIONS)[number], string> = {
  INDEPENDENT: "Independent",
  STATE_CONTROLLED: "State-controlled",
  STATE_FUNDED: "State-funded",
  GOVERNMENT: "Government / official channel",
  AGGREGATOR: "Aggregator",
  UNKNOWN: "Unknown",
};

export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  ARTICLE: "Article",
  STATEMENT: "Public statement",
  SOCIAL_POST: "Social media post",
  DOCUMENT: "Document",
  OTHER: "Other",
};

export const sourceUrl = z
  .string({ error: "URL is required." })
  .trim()
  .min(1, "URL is required.")
  .max(2000, "At most 2000 characters.")
  .transform((value, ctx) => {
    const normalized = normalizeSourceUrl(value);
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: "Enter a full web address starting with http:// or https://." });
      return z.NEVER;
    }
    return normalized;
  });

export const sourceFieldsSchema = z.object({
  url: sourceUrl,
  title: requiredText("Title", 300),
  outlet: optionalText(120),
  affiliation: z
    .enum(AFFILIATIONS)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  kind: z
    .enum(SOURCE_KINDS)
    .default("ARTICLE")
    .or(z.literal("").transform(() => "ARTICLE" as const)),
  author: optionalText(200),
  publishedAt: optionalCalendarDate("Published date"),
  language: z
    .string()
    .trim()
    .regex(/^$|^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "Use a language code such as en, uk or ru.")
    .transform((value) => (value === "" ? undefined : value.toLowerCase()))
    .optional(),
});

export const createSourceSchema = sourceFieldsSchema.extend({
  /** URL of the source this one republishes or was written from. */
  viaUrl: z
    .union([z.literal(""), sourceUrl])
    .optional()
    .transform((value) => value || undefined),
});

export type SourceFieldsInput = z.infer<typeof sourceFieldsSchema>;
export type CreateSourceInput = z.infer<typeof createSourceSchema>;
