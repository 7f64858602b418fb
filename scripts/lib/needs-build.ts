import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const WATCHED = ["app", "components", "lib", "public", "next.config.mjs", "package-lock.json", "app/globals.css"];

/** True when there is no production build, or a source file changed after it was made. */
export function needsBuild(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return WATCHED.some((entry) => newestChange(path.join(root, entry)) > builtAt);
}

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}
