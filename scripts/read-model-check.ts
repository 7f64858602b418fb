// `npm run read-model:check`: recomputes every issue's maintained values (status, counts, last
// update, status segments, time in each status, "from" statuses) from its timeline in the database at DATABASE_URL, or
// in the embedded database, and lists any that the write path left different. Exits 1 if any.
// `--repair` then rewrites those issues through the write path's own recompute.
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { checkIssueReadModels } from "@/lib/timeline/check-read-model";
import { lockIssueTimeline, recomputeIssueState } from "@/lib/updates/recompute-issue-state";
import { runScript } from "./lib/run-script";

async function main(): Promise<number> {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "postgres") });
  const prisma = createPrismaClient(process.env.DATABASE_URL ?? embedded!.url, 1);
  try {
    const disagreements = await checkIssueReadModels(prisma);
    for (const { issueId, field, stored, derived } of disagreements) console.log(`issue ${issueId}: ${field} is ${stored}, its timeline says ${derived}`);
    if (disagreements.length === 0) {
      console.log("OK: every issue's maintained values match its timeline.");
      return 0;
    }
    if (!process.argv.includes("--repair")) return 1;
    const issueIds = [...new Set(disagreements.map((disagreement) => disagreement.issueId))];
    for (const issueId of issueIds) {
      await prisma.$transaction(
        async (tx) => {
          await lockIssueTimeline(tx, issueId);
          await recomputeIssueState(tx, issueId);
        },
        { timeout: 120_000 },
      );
    }
    const left = await checkIssueReadModels(prisma, issueIds);
    console.log(
      left.length === 0 ? `Repaired ${issueIds.length} issue${issueIds.length === 1 ? "" : "s"}.` : `${left.length} disagreements remain after repair.`,
    );
    return left.length === 0 ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

runScript(main);
