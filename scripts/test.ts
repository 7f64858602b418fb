// `npm test`: typecheck, lint, unit tests, a production build and the Playwright end-to-end tests,
// against a throwaway real PostgreSQL that this script starts and removes.
// `npm test -- --skip=e2e,lint` skips steps while iterating; any other arguments go to Playwright
// (`npm test -- --skip=lint,format,unit e2e/search.spec.ts` runs one spec file).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { startThrowawayDatabase } from "./lib/throwaway-database";
import { runScript } from "./lib/run-script";

const requireFromHere = createRequire(import.meta.url);
const bin = (pkg: string, file: string) => path.join(path.dirname(requireFromHere.resolve(`${pkg}/package.json`)), file);
const skip = new Set((process.argv.find((arg) => arg.startsWith("--skip="))?.slice(7) ?? "").split(",").filter(Boolean));
const playwrightArgs = process.argv.slice(2).filter((arg) => !arg.startsWith("--skip="));

const steps: { name: string; args: string[] }[] = [
  { name: "typecheck", args: [bin("typescript", "bin/tsc"), "--noEmit"] },
  { name: "lint", args: [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."] },
  { name: "format", args: [bin("prettier", "bin/prettier.cjs"), "--check", "."] },
  { name: "unit", args: [bin("vitest", "vitest.mjs"), "run"] },
  { name: "build", args: [bin("next", "dist/bin/next"), "build"] },
  { name: "e2e", args: [bin("@playwright/test", "cli.js"), "test", ...playwrightArgs] },
];

function run(name: string, args: string[]): Promise<number> {
  console.log(`\n=== ${name}: ${path.basename(args[0] ?? "")} ${args.slice(1).join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: process.env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Whether nothing listens on `port` yet (on any interface, as `next start` would bind). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/**
 * The end-to-end tests start app servers on a port and the next one, a page fixture server on the
 * one after, and a second app process on the fourth (playwright.config.ts). Outside CI Playwright
 * would quietly reuse whatever already listens there, so the ports are checked first: E2E_PORT is
 * taken as given or refused when busy; without it the first free run of four from 3100 on is used.
 */
async function chooseE2ePort(): Promise<number> {
  const runIsFree = async (port: number) => {
    for (let offset = 0; offset < 4; offset++) if (!(await isFree(port + offset))) return false;
    return true;
  };
  const requested = process.env.E2E_PORT;
  if (requested) {
    const port = Number(requested);
    if (!Number.isInteger(port) || port < 1024 || port > 65532) throw new Error(`E2E_PORT must be a port number from 1024 to 65532, not "${requested}".`);
    if (!(await runIsFree(port))) {
      throw new Error(
        `E2E_PORT=${port}: port ${port}, ${port + 1}, ${port + 2} or ${port + 3} is already in use by another program. Stop it, or set E2E_PORT to a free port.`,
      );
    }
    return port;
  }
  for (let port = 3100; port < 3196; port += 4) if (await runIsFree(port)) return port;
  throw new Error("No four free ports in a row between 3100 and 3199 for the end-to-end tests; set E2E_PORT to a free port.");
}

async function main(): Promise<number> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("hex");
  if (!skip.has("e2e")) {
    process.env.E2E_PORT = String(await chooseE2ePort());
    console.log(`=== end-to-end tests on ports ${process.env.E2E_PORT} to ${Number(process.env.E2E_PORT) + 3}`);
  }
  process.env.NEXTAUTH_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
  process.env.PARLEY_DEMO_MODE = "0";
  // The end-to-end tests try thousands of random share tokens from one address; the limiter
  // itself is covered by unit tests.
  process.env.SHARE_RATE_LIMIT_PER_MINUTE ??= "100000";
  // The tests and the app servers connect as the least-privileged app role, as `npm start` does.
  const database = await startThrowawayDatabase("test", { connectAs: "app" });
  try {
    const results: { name: string; code: number | "skipped" }[] = [];
    for (const step of steps) {
      if (skip.has(step.name)) {
        results.push({ name: step.name, code: "skipped" });
        continue;
      }
      const code = await run(step.name, step.args);
      results.push({ name: step.name, code });
      if (code !== 0) break;
    }
    console.log("\n=== summary");
    for (const result of results)
      console.log(`${result.name}: ${result.code === 0 ? "ok" : result.code === "skipped" ? "skipped" : `FAILED (exit ${result.code})`}`);
    return results.every((result) => result.code === 0 || result.code === "skipped") && results.length === steps.length ? 0 : 1;
  } finally {
    await database.stop();
  }
}

runScript(main, { showStack: true });
