import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { requiredText } from "@/lib/validation/fields";

export const ROLES = ["ADMIN", "ANALYST", "VIEWER"] as const;

export const ROLE_NAMES: Record<(typeof ROLES)[number], string> = { ADMIN: "administrator", ANALYST: "analyst", VIEWER: "viewer" };

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  ADMIN: "Administrator — manages users and everything else",
  ANALYST: "Analyst — edits issues, updates, sources and share links",
  VIEWER: "Viewer — reads everything, changes nothing",
};

export const email = z.string({ error: "Email is required." }).trim().toLowerCase().pipe(z.email("Enter a valid email address."));

const newPassword = z
  .string({ error: "Password is required." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "At most 200 characters.");

export const signInSchema = z.object({ email, password: z.string().min(1).max(200) });

export const accountSchema = z
  .object({
    name: requiredText("Name", 100),
    email,
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });

export const acceptInvitationSchema = z
  .object({ name: requiredText("Name", 100), password: newPassword, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });

export const inviteSchema = z.object({ email, role: z.enum(ROLES, "Choose a role.") });

export const changeRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES, "Choose a role.") });

export type AccountInput = z.infer<typeof accountSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
