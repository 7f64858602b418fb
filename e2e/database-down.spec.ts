import { expect, test } from "@playwright/test";
import { DOWN_PORT } from "../playwright.config";

const down = `http://localhost:${DOWN_PORT}`;

test.use({ storageState: { cookies: [], origins: [] } });

test("with the database down, health says so and pages show a plain error, no stack trace", async ({ page, request }) => {
  const health = await request.get(`${down}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toEqual({ status: "degraded", database: "unavailable" });

  const signIn = await page.goto(`${down}/sign-in`);
  expect(signIn?.status()).toBe(503);
  expect(signIn?.headers()["retry-after"]).toBe("30");
  await expect(page.getByRole("alert").filter({ hasText: "Parley is unavailable right now: it cannot reach its database" })).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveCount(0);

  for (const path of ["/share/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/setup"]) {
    const response = await page.goto(`${down}${path}`);
    expect(response?.status(), `${path} answers 503`).toBe(503);
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    const text = await page.locator("body").innerText();
    expect(text).not.toMatch(/Prisma|ECONNREFUSED|127\.0\.0\.1|\bat \S+ \(/);
  }
});
