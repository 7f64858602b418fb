import { DEMO_ANALYST, SEED_AUTHOR } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemo } from "@/prisma/seed";

/**
 * Brings a database up to date and, when it has no negotiation yet, loads the demo scenario. In
 * demo mode (the embedded database) the updates are by a demo analyst who can sign in; otherwise
 * by an inactive "demo data" account that cannot.
 */
export async function prepareDatabase(databaseUrl: string, log: (line: string) => void, options: { isDemo: boolean }) {
  const applied = await applyMigrations(databaseUrl, { log });
  if (applied.length === 0) log("database schema is up to date");
  const prisma = createPrismaClient(databaseUrl, 2);
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
