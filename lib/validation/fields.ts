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

/**
 * The names a form's fields carry, read off the schema's input: its keys, and "rows.0.url" paths
 * into lists of rows. A part the schema takes as `unknown` (preprocessed) allows any path below it.
 */
export type FieldPath<T> = unknown extends T
  ? string
  : T extends Date | string | number | boolean | bigint | null | undefined
    ? never
    : T extends readonly (infer Row)[]
      ? `${number}` | `${number}.${FieldPath<Row>}`
      : T extends object
        ? { [K in keyof T & string]: K | `${K}.${FieldPath<NonNullable<T[K]>>}` }[keyof T & string]
        : never;

/** Every field name of a form with this schema, and "form" for messages about the whole form. */
export type FieldsOf<S extends z.ZodType> = FieldPath<z.input<S>> | "form";

/**
 * Shape returned by server actions to forms: field messages, a form-level message, echoed values.
 * Typed with a form's FieldsOf, a field name the schema does not have is a type error.
 */
export interface FormState<F extends string = string> {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<F, string[]>>;
  values?: Partial<Record<F, unknown>>;
  /** What a save made that is shown once and never again (an invitation link, a token). */
  shownOnce?: string;
}

/** A server action a form posts to, typed by the form's schema. */
export type FormAction<S extends z.ZodType> = (state: FormState<FieldsOf<S>>, formData: FormData) => Promise<FormState<FieldsOf<S>>>;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * A repeated group of form rows ("newSources.0.url", …) in which rows left blank are skipped. A
 * blank row parses to nothing rather than being removed beforehand, so every error keeps the index
 * of the row the analyst sees it under. `refine` sees the rows at those indexes (blanks undefined).
 */
export function optionalRows<T extends z.ZodType>(
  row: T,
  options: {
    isBlank: (row: Record<string, unknown>) => boolean;
    max: number;
    maxMessage?: string;
    refine?: (rows: (z.output<T> | undefined)[], ctx: z.RefinementCtx) => void;
  },
) {
  const rowOrBlank = z.preprocess(
    (value) => (value && typeof value === "object" && !options.isBlank(value as Record<string, unknown>) ? value : undefined),
    row.optional(),
  );
  return z
    .array(rowOrBlank)
    .superRefine((rows, ctx) => {
      const filled = rows.filter((value) => value !== undefined).length;
      if (filled > options.max) ctx.addIssue({ code: "custom", message: options.maxMessage ?? `At most ${options.max}.` });
      options.refine?.(rows, ctx);
    })
    .transform((rows) => rows.filter((value): value is NonNullable<typeof value> => value !== undefined) as z.output<T>[])
    .optional()
    .transform((rows) => rows ?? []);
}

/** Whether a text field of a form row holds anything. */
export function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}
