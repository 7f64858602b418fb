import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SERVER_ENV, serverNodeArgs } from "./scripts/lib/server-command";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A second server of the same build whose database is down. */
export const DOWN_PORT = PORT + 1;
/** The local article server e2e/source-evidence.spec.ts starts; the app may fetch from it and nothing else local. */
export const FIXTURE_PORT = PORT + 2;
/** A second app process on the same build and database, as behind a load balancer. */
export const SECOND_PORT = PORT + 3;
/**
 * The second process's share-link limit. The first runs with the suite's generous one (other tests
 * try thousands of share tokens); a small one here shows that it counts the first's requests too.
 */
export const SECOND_SHARE_LIMIT = 20;
const isCI = Boolean(process.env.CI);
// Debian's Chromium where it is installed (Playwright cannot download browsers everywhere);
// otherwise Playwright's own browser.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  // Whole stories (create an issue, log, share, revoke) on a busy two-core machine: these are waits,
  // not speed checks (speed is measured by `npm run bench`).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  globalSetup: "./e2e/global-setup.ts",
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      dependencies: ["setup"],
      // Signed in as an analyst unless a test says otherwise.
      use: { ...devices["Desktop Chrome"], storageState: "e2e/.auth/analyst.json" },
    },
  ],
  webServer: [
    {
      // The production build made by `npm test`, against the database it prepared.
      command: `node ${serverNodeArgs({ tsxLoader: "tsx", script: "scripts/serve.ts", port: PORT }).join(" ")}`,
      url: `http://localhost:${PORT}/api/health`,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: "pipe",
      env: { ...SERVER_ENV, PARLEY_TEST_ONLY_FETCH_LOOPBACK_PORTS: String(FIXTURE_PORT) },
    },
    {
      // A second process of the same build on the same database (e2e/two-processes.spec.ts).
      command: `node ${serverNodeArgs({ tsxLoader: "tsx", script: "scripts/serve.ts", port: SECOND_PORT }).join(" ")}`,
      url: `http://localhost:${SECOND_PORT}/api/health`,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      env: { ...SERVER_ENV, SHARE_RATE_LIMIT_PER_MINUTE: String(SECOND_SHARE_LIMIT) },
    },
    {
      // The same build with its database unreachable, for the failure pages.
      command: `node ${serverNodeArgs({ tsxLoader: "tsx", script: "scripts/serve.ts", port: DOWN_PORT }).join(" ")}`,
      port: DOWN_PORT,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      env: { ...SERVER_ENV, DATABASE_URL: "postgresql://parley:parley@127.0.0.1:9/unreachable" },
      // Its log is nothing but the expected connection errors.
      stderr: "ignore",
    },
  ],
});
