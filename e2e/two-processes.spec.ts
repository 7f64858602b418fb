import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { SECOND_PORT, SECOND_SHARE_LIMIT } from "../playwright.config";
import { createIssue, logUpdate, unique } from "./support";
import { E2E_USERS } from "./users";

// Two app processes of one build on one PostgreSQL, as behind a load balancer: the suite's server
// (baseURL) and a second one on SECOND_PORT. Nothing a request needs may live in one process only.
const second = `http://localhost:${SECOND_PORT}`;

test.describe("two app processes on one database", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a session started on one process works on the other, and signing out there ends it on both", async ({ browser, page }) => {
    const user = E2E_USERS.analyst;
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(user.name)).toBeVisible({ timeout: 30_000 });

    // The same cookie, taken to the other process: it signs nothing in there, it only presents it.
    const other = await browser.newContext({ baseURL: second, storageState: await page.context().storageState() });
    try {
      const onSecond = await other.newPage();
      const issueUrl = await createIssue(onSecond);
      expect(new URL(issueUrl).port).toBe(String(SECOND_PORT));
      const summary = unique("Logged on the second process");
      await logUpdate(onSecond, issueUrl, { summary, date: "2025-12-01" });
      await expect(onSecond.getByText(summary)).toBeVisible();

      // The first process reads what the second wrote, with the same session.
      await page.goto(new URL(issueUrl).pathname);
      await expect(page.getByText(summary)).toBeVisible();

      // Signing out on the second process ends the session row: the first refuses the cookie too.
      await onSecond.getByRole("button", { name: "Sign out", exact: true }).click();
      await expect(onSecond).toHaveURL(/\/sign-in/);
    } finally {
      await other.close();
    }
    expect((await page.context().cookies()).some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);
    await page.goto(new URL("/account", page.url()).pathname);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the share-link limit is one budget for both processes", async ({ request }) => {
    // Counts are per minute window; start well inside one so the two halves land in the same window.
    const msLeft = 60_000 - (Date.now() % 60_000);
    if (msLeft < 20_000) await new Promise((resolve) => setTimeout(resolve, msLeft + 500));
    const token = () => randomBytes(16).toString("base64url");

    // SECOND_SHARE_LIMIT requests from this address to the first process (whose own limit is far higher) …
    for (let index = 0; index < SECOND_SHARE_LIMIT; index++) {
      const response = await request.get(`/share/${token()}`);
      expect(response.status()).toBe(404);
    }
    // … use up the budget on the second: counted per process, this would be its first request.
    const refused = await request.get(`${second}/share/${token()}`);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await refused.text()).toContain("Too many requests");
  });
});
