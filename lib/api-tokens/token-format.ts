import { generateToken } from "@/lib/tokens";

/** A prefix makes a leaked token recognisable to secret scanners and to people. */
export const API_TOKEN_PREFIX = "parley_";
export const API_TOKEN_PATTERN = /^parley_[A-Za-z0-9_-]{43}$/;

export function generateApiToken(): string {
  return API_TOKEN_PREFIX + generateToken();
}
