import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";

export type SignInOutcome = Extract<AuditAction, `auth.${string}`>;

/**
 * Every password sign-in attempt, in the audit trail: who (when the account exists), from where,
 * and how it ended. Kept out of the Activity views, which every signed-in person can read.
 */
export async function auditSignIn(outcome: SignInOutcome, attempt: { userId: string | null; email: string; address: string; waitSeconds?: number }) {
  await db().$transaction((tx) =>
    recordAudit(tx, {
      actorId: outcome === "auth.signIn" ? attempt.userId : null,
      action: outcome,
      entityType: "user",
      entityId: attempt.userId ?? "unknown",
      after: { email: attempt.email, address: attempt.address, ...(attempt.waitSeconds ? { waitSeconds: attempt.waitSeconds } : {}) },
    }),
  );
}
