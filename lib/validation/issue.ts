import { z } from "zod";
import { STATUSES } from "@/lib/statuses";
import { optionalText, requiredText } from "@/lib/validation/fields";

const statusEnum = z.enum(STATUSES as [string, ...string[]]);

export const optionalStatus = z
  .union([z.literal(""), statusEnum])
  .optional()
  .transform((value) => (value ? (value as (typeof STATUSES)[number]) : undefined));

export const issueFieldsSchema = z.object({
  title: requiredText("Title", 160),
  summary: optionalText(5000).transform((value) => value ?? ""),
  category: requiredText("Category", 80),
});

export const createIssueSchema = issueFieldsSchema.extend({
  /** Where the issue stands when it is first tracked; recorded as its first update. */
  initialStatus: optionalStatus,
});

export const editIssueSchema = issueFieldsSchema;

export type CreateIssueInput = z.infer<typeof createIssueSchema>;
export type EditIssueInput = z.infer<typeof editIssueSchema>;
