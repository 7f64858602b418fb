// `npm run user:create -- --email a@b.org --name "Ana" --role ADMIN [--password …]`
// Creates (or resets the password and role of) an account in the database at DATABASE_URL, or in
// the embedded database when DATABASE_URL is unset. Without --password it asks for one.
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/password-policy";
import { createPrismaClient } from "@/lib/db/create-client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { accountSchema, ROLES } from "@/lib/validation/account";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "ADMIN" }, password: { type: "string" } },
});

async function main() {
  const role = (values.role ?? "ADMIN").toUpperCase();
  if (!ROLES.includes(role as (typeof ROLES)[number])) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
  const password = values.password ?? (await ask("Password (at least 10 characters): "));
  const parsed = accountSchema.safeParse({ email: values.email, name: values.name, password, confirmPassword: password });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
  const weakness = weakPasswordReason(parsed.data.password, parsed.data);
  if (weakness) throw new Error(`password: ${weakness}`);

  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(process.cwd(), ".data", "postgres") });
  const url = process.env.DATABASE_URL ?? embedded!.url;
  try {
    await applyMigrations(process.env.MIGRATION_DATABASE_URL ?? url);
    const prisma = createPrismaClient(url, 1);
    const passwordHash = await hashPassword(parsed.data.password);
    const user = await prisma.$transaction(async (tx) => {
      const saved = await tx.user.upsert({
        where: { email: parsed.data.email },
        update: { name: parsed.data.name, role: role as (typeof ROLES)[number], passwordHash, isActive: true },
        create: { email: parsed.data.email, name: parsed.data.name, role: role as (typeof ROLES)[number], passwordHash },
      });
      // No one is signed in at a terminal: the event has no actor and says where it came from.
      await recordAudit(tx, {
        actorId: null,
        action: "user.create",
        entityType: "user",
        entityId: saved.id,
        after: { email: saved.email, role: saved.role, via: "command line" },
      });
      return saved;
    });
    await prisma.$disconnect();
    console.log(`${user.email} can now sign in as ${user.role.toLowerCase()}.`);
  } finally {
    await embedded?.stop();
  }
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
