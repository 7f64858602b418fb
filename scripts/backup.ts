// `npm run backup [-- DIR]`: writes a full logical backup of the workspace (every negotiation, account,
// source and the audit trail, as the JSON export document) to DIR/parley-backup-<time>.json (DIR
// defaults to ./backups), streamed to disk. Reads DATABASE_URL, or the embedded database in .data/.
// `npm run restore -- FILE` loads it into an empty database. See README, "Backups".
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { recordAudit } from "@/lib/audit/record-audit";
import { streamExport } from "@/lib/data-export/stream-export";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? "backups");
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "postgres") });
  const prisma = createPrismaClient(process.env.DATABASE_URL ?? embedded!.url, 2);
  try {
    await mkdir(dir, { recursive: true });
    const now = new Date();
    const file = path.join(dir, `parley-backup-${now.toISOString().slice(0, 19).replaceAll(":", "")}Z.json`);
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        action: "data.export",
        entityType: "workspace",
        entityId: "workspace",
        after: { what: "a backup of the whole workspace", format: "JSON" },
      }),
    );
    const out = createWriteStream(file, { flags: "wx" });
    let bytes = 0;
    for await (const chunk of streamExport({ kind: "workspace" }, now, prisma)) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, "drain");
      process.stdout.write(`\r${(bytes / 1024 / 1024).toFixed(1)} MB written …`);
    }
    out.end();
    await once(out, "finish");
    process.stdout.write("\n");
    console.log(`Backup written: ${file}`);
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
