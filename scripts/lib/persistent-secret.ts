import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** A random secret kept in a git-ignored file, so sessions survive restarts without configuration. */
export async function persistentSecret(file: string): Promise<string> {
  if (existsSync(file)) {
    const stored = (await readFile(file, "utf8")).trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString("hex");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
