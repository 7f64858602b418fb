"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";

const MESSAGES: Record<string, string> = {
  TooManyAttempts: "Too many sign-in attempts. Wait a few minutes and try again.",
  ServiceUnavailable: "Parley is unavailable right now: it cannot reach its database. Try again in a minute.",
  AccessDenied: "This account cannot sign in. Ask an administrator for an invitation.",
};

/** Email and password sign-in; every failure gets the same message, whatever was wrong. */
export function SignInForm({ callbackUrl, providers }: { callbackUrl: string; providers: { id: string; name: string }[] }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [isPending, setIsPending] = useState(false);
  const [pendingProvider, setPendingProvider] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        email: textOf(form.get("email")),
        password: textOf(form.get("password")),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(MESSAGES[result?.error ?? ""] ?? "Email or password is incorrect.");
    } catch {
      setError("Could not reach Parley. Check your connection and try again.");
    }
    setIsPending(false);
  }

  return (
    <div className="grid gap-4">
      <form onSubmit={onSubmit} className="grid gap-4">
        <FormMessage message={error} />
        <Field id="email" label="Email">
          {(aria) => <input {...aria} name="email" type="email" autoComplete="username" required className={inputClass} />}
        </Field>
        <Field id="password" label="Password">
          {(aria) => <input {...aria} name="password" type="password" autoComplete="current-password" required className={inputClass} />}
        </Field>
        <SubmitButton isPending={isPending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      {providers.length > 0 ? (
        <div className="grid gap-2 border-t border-slate-200 pt-4">
          {providers.map((provider) => (
            <button
              key={provider.id}
              type="button"
              disabled={pendingProvider !== null}
              aria-busy={pendingProvider === provider.id}
              onClick={() => {
                setPendingProvider(provider.id);
                void signIn(provider.id, { callbackUrl });
              }}
              className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70"
            >
              {pendingProvider === provider.id ? `Opening ${provider.name}…` : `Sign in with ${provider.name}`}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function textOf(value: FormDataEntryValue | null): string {
  return typeof value === "string" ? value : "";
}
