import { Field, inputClass } from "@/components/forms/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

/** A new password typed twice, for set-up and for accepting an invitation. */
export function NewPasswordFields({ errorFor }: { errorFor: (name: "password" | "confirmPassword") => string | undefined }) {
  return (
    <>
      <Field id="password" label="Password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={errorFor("password")}>
        {(aria) => <input {...aria} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="confirmPassword" label="Repeat password" error={errorFor("confirmPassword")}>
        {(aria) => <input {...aria} name="confirmPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
    </>
  );
}
