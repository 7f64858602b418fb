import type { FormState } from "@/lib/validation/fields";

/** The value a field showed when the form came back with errors, else its saved value. */
export function valueOf<F extends string>(state: FormState<F>, name: NoInfer<F>, fallback = ""): string {
  const value = state.values?.[name];
  return typeof value === "string" ? value : fallback;
}
