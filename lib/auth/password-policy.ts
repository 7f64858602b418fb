import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";

// The 49,000 most common passwords from password leaks, as zxcvbn-ts ships them. Server-side only:
// the list stays out of every browser bundle.
let common: ReadonlySet<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"].map((word) => word.toLowerCase())));

const normalize = (value: string) => value.toLowerCase().replace(/\s+/g, "");

/**
 * Why a new password would be a poor one, or null. Length is checked by the form's schema; this
 * adds what a schema shared with the browser should not carry: a leaked-password list, the same
 * word with digits or symbols tacked on ("qwerty2025!"), and the account's own name or email.
 */
export function weakPasswordReason(password: string, account: { email?: string; name?: string } = {}): string | null {
  const candidate = normalize(password);
  const stem = candidate.replace(/[^\p{L}]+$/u, "");
  if (commonPasswords().has(candidate) || (stem.length > 0 && commonPasswords().has(stem))) {
    return "This password is on a list of commonly used passwords. Choose one that is not.";
  }
  const own = [account.email, account.email?.split("@")[0], account.name, "parley"].filter((word): word is string => Boolean(word)).map(normalize);
  if (own.includes(candidate) || own.includes(stem)) return "Do not use your name, your email address or the name of this service as your password.";
  return null;
}

/** Hashes a password someone is choosing now, refusing a weak one with a message for the password field. */
export async function hashNewPassword(password: string, account: { email?: string; name?: string }): Promise<string> {
  const reason = weakPasswordReason(password, account);
  if (reason) throw new AppError("INVALID_INPUT", reason, { password: [reason] });
  return hashPassword(password);
}
