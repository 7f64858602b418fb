import { createHash, randomBytes } from "node:crypto";

/** 256 bits from the operating system's CSPRNG, URL-safe (43 characters of base64url). */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Tokens are stored only as this hash, so a database leak does not leak working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
