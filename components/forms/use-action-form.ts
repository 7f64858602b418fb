"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/validation/fields";

/**
 * useActionState, submitted without React's automatic form reset, so a failed save keeps every
 * field as typed (including ones the server does not echo back). Without JavaScript the form
 * still posts to the same server action.
 */
export function useActionForm<F extends string>(action: (state: FormState<F>, formData: FormData) => Promise<FormState<F>>) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState<F>);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, isPending, onSubmit };
}

/** The first message for a field; the name must be one of the form's schema fields. */
export function errorFor<F extends string>(state: FormState<F>, name: NoInfer<F>): string | undefined {
  return state.errors?.[name]?.[0];
}
