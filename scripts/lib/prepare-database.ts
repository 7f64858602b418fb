import { applyMigrations } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import { BUILT_IN_ANALYST } from "@/lib/auth/built-in-analyst";
import { seedDemo } from "@/prisma/seed";

/** Brings a database up to date and, when it has no negotiation yet, loads the demo scenario. */
export async function prepareDatabase(databaseUrl: string, log: (line: string) => void) {
  const applied = await applyMigrations(databaseUrl, { log });
  if (applied.length === 0) log("database schema is up to date");
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    const analyst = await prisma.user.upsert({
      where: { email: BUILT_IN_ANALYST.email },
      update: {},
      create: { ...BUILT_IN_ANALYST, role: "ANALYST" },
    });
    if (await seedDemo(prisma, analyst.id)) log("loaded the demo scenario (Ukraine–US talks, 30 November 2025)");
  } finally {
    await prisma.$disconnect();
  }
}
