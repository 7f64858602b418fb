import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { formDataToObject } from "@/lib/validation/form-data";
import { fieldErrorsOf, type FieldsOf, type FormState } from "@/lib/validation/fields";

/**
 * The shape every form action shares: parse FormData with the form's zod schema, run the mutation
 * (which authorizes itself), and either redirect to where the result lives or hand the form back
 * its field errors together with what was typed, so nothing is lost.
 */
export async function runFormAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  /** Returns where to go next, or a state to show on the same form (e.g. a one-time link). */
  mutate: (input: z.infer<S>) => Promise<string | FormState<FieldsOf<S>>>,
  prepare: (raw: Record<string, unknown>) => Record<string, unknown> = (raw) => raw,
): Promise<FormState<FieldsOf<S>>> {
  const raw = prepare(formDataToObject(formData));
  const values = withoutSecrets(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { message: "Please correct the highlighted fields.", errors: fieldErrorsOf(parsed.error), values };
  }
  let destination: string | FormState<FieldsOf<S>>;
  try {
    destination = await mutate(parsed.data);
  } catch (error) {
    if (isAppError(error)) return { message: error.message, errors: error.fieldErrors, values };
    console.error(error);
    return { message: "Saving failed because of a problem on our side. Your input is still here; try again.", values };
  }
  if (typeof destination !== "string") return destination;
  // Destinations come from the server, but one rule for every redirect keeps them on this site.
  redirect(safeRedirectPath(destination));
}

/** What typed is echoed back to the form, except any password: those never leave the server. */
function withoutSecrets(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}
