// `npm run restore -- FILE`: loads a backup (or any workspace export) into an empty database at
// DATABASE_URL, or the embedded one in .data/ (stop `npm start` first). Applies the migrations, checks
// the whole file, refuses a database that already holds negotiations, then writes everything in one
// transaction: all or nothing. Accounts come back without passwords: set one with `npm run user:create`
// or an invitation. See README, "Backups".
import { readFile } from "node:fs/promises";
import path from "node:path";
import { checkDocument } from "@/lib/data-import/check-document";
import { loadDocument } from "@/lib/data-import/import-document";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { runScript } from "./lib/run-script";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run restore -- FILE");
    return 2;
  }
  let document;
  try {
    document = checkDocument(JSON.parse(await readFile(path.resolve(file), "utf8")));
  } catch (error) {
    console.error(`Cannot restore ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (document.scope.kind !== "workspace") console.log("Note: this is the export of one negotiation, not a whole-workspace backup.");
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "postgres") });
  // Migrating needs the schema's owner (MIGRATION_DATABASE_URL when the app connects as parley_app).
  const url = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL ?? embedded!.url;
  const prisma = createPrismaClient(url, 2);
  try {
    await applyMigrations(url);
    const negotiations = await prisma.negotiation.count();
    if (negotiations > 0) {
      console.error(`The database already holds ${negotiations} negotiation(s); restore into an empty one (nothing was changed).`);
      return 1;
    }
    console.log(`Restoring ${document.negotiations.length} negotiations, ${document.issues.length} issues, ${document.updates.length} updates …`);
    const summary = await loadDocument(document, null, prisma);
    console.log(`Restored: ${JSON.stringify(summary)}`);
    return 0;
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

runScript(main);
