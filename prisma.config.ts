import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate, migrate diff). The app applies migrations itself
// (lib/db/migrate.ts), so it never needs the CLI or its native engine at run time.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/parley" },
});
