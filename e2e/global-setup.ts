import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { E2E_USERS } from "./users";

/** Accounts for each role, in the throwaway database `npm test` prepared. */
export default async function globalSetup() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the end-to-end tests through `npm test`.");
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    for (const user of Object.values(E2E_USERS)) {
      const passwordHash = await hashPassword(user.password);
      await prisma.user.upsert({
        where: { email: user.email },
        update: { role: user.role, isActive: true, passwordHash, name: user.name },
        create: { email: user.email, name: user.name, role: user.role, passwordHash },
      });
    }
  } finally {
    await prisma.$disconnect();
  }
}
