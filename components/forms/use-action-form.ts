"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/validation/fields";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * useActionState, submitted without React's automatic form reset, so a failed save keeps every
 * field as typed (including ones the server does not echo back). Without JavaScript the form
 * still posts to the same server action.
 */
export function useActionForm(action: FormAction) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, isPending, onSubmit };
}

export function errorFor(state: FormState, name: string): string | undefined {
  return state.errors?.[name]?.[0];
}
