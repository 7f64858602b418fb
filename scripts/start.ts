// `npm start`: a real PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data on an
// empty database, a production build when the sources changed, then the app on PORT (3000).
// `npm run dev` does the same with the Next.js dev server.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { persistentSecret } from "./lib/persistent-secret";
import { enableAppRoleLogin } from "@/lib/db/app-role";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import { needsBuild } from "./lib/needs-build";
import { prepareDatabase } from "./lib/prepare-database";
import { SERVER_ENV, serverNodeArgs } from "./lib/server-command";

const root = process.cwd();
const isDev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
// Loopback unless HOST says otherwise: the demo account's password is printed on the sign-in page.
const host = process.env.HOST ?? "127.0.0.1";
const isLoopback = host === "127.0.0.1" || host === "::1" || host === "localhost";
const log = (line: string) => console.log(`[parley] ${line}`);
const requireFromHere = createRequire(import.meta.url);
const nextBin = requireFromHere.resolve("next/dist/bin/next");
const tsxLoader = requireFromHere.resolve("tsx");

let database: RunningPostgres | undefined;
let app: ChildProcess | undefined;
let isStopping = false;

async function main() {
  // The app connects as the least-privileged role parley_app; migrations run as the schema's owner.
  let appUrl = process.env.DATABASE_URL;
  let ownerUrl = process.env.MIGRATION_DATABASE_URL ?? appUrl;
  if (appUrl) {
    log("using the database at DATABASE_URL");
    if (!process.env.MIGRATION_DATABASE_URL) log("MIGRATION_DATABASE_URL is not set: migrating as the DATABASE_URL role");
  } else {
    log("starting the embedded PostgreSQL server (.data/postgres) …");
    database = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "postgres") });
    ownerUrl = database.url;
    appUrl = await enableAppRoleLogin(ownerUrl, await persistentSecret(path.join(root, ".data", "app-role-password")));
    if (database.wasRunning) {
      log("a PostgreSQL server was already running on .data/postgres (left by an earlier start, or started by hand): using it.");
      log("It stays running when Parley stops; stop it with `kill $(head -1 .data/postgres/postmaster.pid)`.");
    }
    process.env.PARLEY_DEMO_MODE = isLoopback ? "1" : "0";
    if (!isLoopback) log(`HOST=${host} is not loopback: the demo account is switched off`);
  }
  process.env.NEXTAUTH_SECRET ??= await persistentSecret(path.join(root, ".data", "auth-secret"));
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  await prepareDatabase({ ownerUrl: ownerUrl!, appUrl }, log, { isDemo: process.env.PARLEY_DEMO_MODE === "1" });
  // The app server gets the app role's URL only, never the owner's.
  process.env.DATABASE_URL = appUrl;
  delete process.env.MIGRATION_DATABASE_URL;

  if (!isDev && needsBuild(root)) {
    log("building the app (first start or changed sources; this takes a minute or two) …");
    await run([nextBin, "build"]);
  }
  log(`serving on http://${host.includes(":") ? `[${host}]` : host}:${port}`);
  // Production runs scripts/serve.ts (Next.js behind node:http, so the client's address is known).
  const command = isDev ? [nextBin, "dev", "-p", port, "-H", host] : serverNodeArgs({ tsxLoader, script: path.join(root, "scripts", "serve.ts"), port, host });
  app = spawn(process.execPath, command, { stdio: "inherit", env: isDev ? process.env : { ...process.env, ...SERVER_ENV } });
  // A server that dies on its own (crash, kill -9) is a failure a supervisor must see and restart.
  app.on("exit", (code, signal) => void stop(isStopping ? (code ?? 0) : code || 1, signal ? `the app server was ended by ${signal}` : undefined));
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: process.env });
    app = child;
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[1] ?? "")} exited with ${code}`))));
  });
}

async function stop(code: number, reason?: string) {
  if (isStopping) return;
  isStopping = true;
  if (reason) console.error(`[parley] ${reason}`);
  if (app && app.exitCode === null) app.kill("SIGTERM");
  if (database) {
    log("stopping PostgreSQL …");
    await database.stop().catch(() => undefined);
  }
  process.exit(code);
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

main().catch(async (error: unknown) => {
  console.error(`[parley] could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
