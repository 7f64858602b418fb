// `npm run audit:verify`: checks the audit trail's hash chain in the database at DATABASE_URL, or in
// the embedded database (also while `npm start` runs). Exits 1 at the first event that does not
// match, naming it. Prints the newest hash: keep it somewhere else (a ticket, a log) to be able to
// tell later that no event was removed from the end either.
import path from "node:path";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { runScript } from "./lib/run-script";

async function main(): Promise<number> {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "postgres") });
  const prisma = createPrismaClient(process.env.DATABASE_URL ?? embedded!.url, 1);
  try {
    const report = await verifyAuditChain(prisma, (checked) => process.stdout.write(`\r${checked.toLocaleString("en")} events checked …`));
    process.stdout.write("\n");
    if (report.unchained > 0) console.log(`${report.unchained} events predate the chain and carry no hash.`);
    if (report.broken) {
      console.error(`BROKEN: audit event ${report.broken.id} ${report.broken.reason}. ${report.verified} events before it verified.`);
      return 1;
    }
    console.log(`OK: ${report.verified} events verified. Newest hash: ${report.headHash ?? "(none yet)"}`);
    return 0;
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

runScript(main);
