import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashNewPassword } from "@/lib/auth/password-policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccountInput } from "@/lib/validation/account";

/**
 * First run: creates the first administrator. Refused once any active administrator exists, checked
 * under a lock so two people racing through /setup cannot both become administrators.
 */
export async function createFirstAdmin(input: AccountInput) {
  const passwordHash = await hashNewPassword(input.password, input);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707270)`;
    if ((await tx.user.count({ where: { role: "ADMIN", isActive: true } })) > 0) {
      throw new AppError("FORBIDDEN", "Parley is already set up. Sign in instead.");
    }
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new AppError("CONFLICT", "An account with this email exists.", { email: ["An account with this email exists."] });
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, role: "ADMIN", passwordHash } });
    await recordAudit(tx, { actorId: user.id, action: "user.setup", entityType: "user", entityId: user.id, after: { email: user.email, role: user.role } });
    return user;
  });
}
