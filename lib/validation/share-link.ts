import { z } from "zod";
import { EXPIRY_CHOICES } from "@/lib/share-links/expiry";
import { optionalCalendarDate, requiredText } from "@/lib/validation/fields";

/** A checkbox: sent as "on" when ticked, absent when not. */
const checkbox = z
  .enum(["on", "true", ""])
  .optional()
  .transform((value) => value === "on" || value === "true");

export const createShareLinkSchema = z
  .object({
    label: requiredText("Who it is for", 120),
    expiry: z.enum(EXPIRY_CHOICES, "Choose when the link expires."),
    expiresOn: optionalCalendarDate("Expiry date"),
    hideAuthors: checkbox,
    isSnapshot: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.expiry !== "date") return;
    if (!(value.expiresOn instanceof Date)) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Pick the last day the link works." });
    } else if (value.expiresOn.getTime() < Date.now() - 24 * 3600 * 1000) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "The date is in the past." });
    }
  });

export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const shareLinkIdSchema = z.object({ linkId: z.string().min(1).max(40) });
