import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fetchSourcePage } from "@/lib/sources/fetch-page/allowance";
import { classifyCheck, type CheckRecord } from "./classify-check";
import { readableCopy } from "./readable-text";

/** "Check for changes": re-fetch one source and record what became of it. */
export async function checkSourceForChanges(actor: Actor | null, sourceId: string) {
  assertCan(actor, "source.edit");
  const source = await db().source.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!source) throw new AppError("NOT_FOUND", "That source no longer exists.");
  return runCheck(sourceId, actor.id);
}

/**
 * Keeps a first copy of every source in the list that has none yet. Runs after an update is
 * committed, so logging never waits on a slow site; a failed fetch is recorded as such.
 */
export async function keepFirstCopies(sourceIds: string[]) {
  const missing = await db().source.findMany({ where: { id: { in: sourceIds }, checks: { none: {} } }, select: { id: true } });
  for (const { id } of missing) {
    try {
      await runCheck(id, null);
    } catch (error) {
      console.error(`Keeping a copy of source ${id} failed`, error);
    }
  }
}

/** keepFirstCopies for the sources one update cites. */
export async function keepFirstCopiesForUpdate(updateId: string) {
  const citations = await db().updateSource.findMany({ where: { updateId }, select: { sourceId: true } });
  await keepFirstCopies(citations.map((citation) => citation.sourceId));
}

async function runCheck(sourceId: string, actorId: string | null) {
  const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { url: true } });
  const page = await fetchSourcePage(source.url);
  const copy = page.ok ? readableCopy(page.body, page.contentType) : null;
  return db().$transaction(async (tx) => {
    // Read the baseline inside the transaction so two checks at once compare with what is stored.
    const baseline = await tx.sourceCheck.findFirst({
      where: { sourceId, contentHash: { not: null } },
      orderBy: { checkedAt: "desc" },
      select: { contentHash: true, finalUrl: true },
    });
    const record: CheckRecord = classifyCheck(baseline, page, copy);
    const check = await tx.sourceCheck.create({ data: { sourceId, checkedById: actorId, ...record } });
    await recordAudit(tx, {
      actorId,
      action: "source.check",
      entityType: "source",
      entityId: sourceId,
      after: { outcome: record.outcome, finalUrl: record.finalUrl ?? null, contentHash: record.contentHash ?? null, message: record.message ?? null },
    });
    return check;
  });
}
