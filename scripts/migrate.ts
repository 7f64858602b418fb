// `npm run db:migrate`: applies the migrations under prisma/migrations to DATABASE_URL, or to the
// embedded database in .data/ when DATABASE_URL is unset (as `npm start` would).
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";

async function main() {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "postgres") });
  const url = process.env.DATABASE_URL ?? embedded!.url;
  try {
    const applied = await applyMigrations(url, { log: (line) => console.log(line) });
    console.log(applied.length === 0 ? "The database schema is up to date." : `Applied ${applied.length} migration(s).`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
