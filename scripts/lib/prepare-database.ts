import { DEMO_ANALYST, SEED_AUTHOR } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import { excessPrivilegeOf } from "@/lib/db/app-role";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/prisma/seed";

/**
 * Brings a database up to date and, when it has no negotiation yet, loads the demo scenario. In
 * demo mode (the embedded database) the updates are by a demo analyst who can sign in; otherwise
 * by an inactive "demo data" account that cannot. Migrations run as the schema's owner (`ownerUrl`);
 * the demo data is loaded as the app (`appUrl`), with the app's own privileges.
 */
export async function prepareDatabase(urls: { ownerUrl: string; appUrl: string }, log: (line: string) => void, options: { isDemo: boolean }) {
  const applied = await applyMigrations(urls.ownerUrl, { log });
  if (applied.length === 0) log("database schema is up to date");
  const excess = await excessPrivilegeOf(urls.appUrl);
  if (excess) {
    log(`warning: ${excess}, so it could switch the audit trail's protection off. Connect the app as parley_app (see "Deploying" in the README).`);
  }
  const prisma = createPrismaClient(urls.appUrl, 2);
  try {
    const author = options.isDemo
      ? await prisma.user.upsert({
          where: { email: DEMO_ANALYST.email },
          update: { isActive: true },
          create: { email: DEMO_ANALYST.email, name: DEMO_ANALYST.name, role: "ANALYST", passwordHash: await hashPassword(DEMO_ANALYST.password) },
        })
      : await prisma.user.upsert({
          where: { email: SEED_AUTHOR.email },
          update: {},
          create: { ...SEED_AUTHOR, role: "VIEWER", isActive: false },
        });
    if (!options.isDemo) {
      // The demo account's password is public: it must not work on a server others can reach.
      await prisma.user.updateMany({ where: { email: DEMO_ANALYST.email, isActive: true }, data: { isActive: false, sessionVersion: { increment: 1 } } });
    }
    if (await seedDemo(prisma, author.id)) log("loaded the demo scenario (Ukraine–US talks, 30 November 2025)");
    if ((await prisma.user.count({ where: { role: "ADMIN", isActive: true } })) === 0) {
      log("no administrator yet: open /setup in the browser, or run `npm run user:create`");
    }
  } finally {
    await prisma.$disconnect();
  }
}
