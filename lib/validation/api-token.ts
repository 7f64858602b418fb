import { z } from "zod";
import { EXPIRY_CHOICES } from "@/lib/share-links/expiry";
import { optionalCalendarDate, requiredText } from "@/lib/validation/fields";

export const API_TOKEN_SCOPES = ["READ", "READ_WRITE"] as const;
export type ApiTokenScopeChoice = (typeof API_TOKEN_SCOPES)[number];

export const API_TOKEN_SCOPE_LABELS: Record<ApiTokenScopeChoice, string> = {
  READ: "Read only",
  READ_WRITE: "Read and write (up to your role)",
};

export const createApiTokenSchema = z
  .object({
    name: requiredText("Name", 80),
    scope: z.enum(API_TOKEN_SCOPES, "Choose what the token may do."),
    expiry: z.enum(EXPIRY_CHOICES, "Choose when the token expires."),
    expiresOn: optionalCalendarDate("Expiry date"),
  })
  .superRefine((value, ctx) => {
    if (value.expiry !== "date") return;
    if (!(value.expiresOn instanceof Date)) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Pick the last day the token works." });
    } else if (value.expiresOn.getTime() < Date.now() - 24 * 3600 * 1000) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "The date is in the past." });
    }
  });

export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const apiTokenIdSchema = z.object({ tokenId: z.string().min(1).max(40) });
