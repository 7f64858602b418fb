import { z } from "zod";

/** Trimmed text; an empty field counts as absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((value) => (value === "" ? undefined : value))
    .optional();

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `At most ${max} characters.`);

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day from an <input type="date">, stored as midnight UTC. */
export const calendarDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .regex(DATE_PATTERN, `${label} must be a date (YYYY-MM-DD).`)
    .transform((value, ctx) => {
      const date = new Date(`${value}T00:00:00.000Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: `${label} is not a real date.` });
        return z.NEVER;
      }
      return date;
    });

export const optionalCalendarDate = (label: string) =>
  z
    .union([z.literal(""), calendarDate(label)])
    .optional()
    .transform((value) => (value === "" || value === undefined ? undefined : value));

/** Shape returned by server actions to forms: field messages, a form-level message, echoed values. */
export interface FormState {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  values?: Record<string, unknown>;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
