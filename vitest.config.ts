import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Domain modules guard against client bundles with "server-only"; tests run them on the server.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    // Database tests share one throwaway PostgreSQL: DATABASE_URL when set (by `npm test`), else
    // one that the global setup starts and removes.
    globalSetup: ["tests/support/database.ts"],
    fileParallelism: false,
    testTimeout: 20_000,
  },
});
