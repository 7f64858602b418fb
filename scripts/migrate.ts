// `npm run db:migrate`: applies the migrations under prisma/migrations as the schema's owner
// (MIGRATION_DATABASE_URL, else DATABASE_URL), or to the embedded database in .data/ when neither is
// set (as `npm start` would).
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";

async function main() {
  const configured = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  const embedded = configured ? undefined : await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "postgres") });
  const url = configured ?? embedded!.url;
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
