import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO } from "./support";
import { E2E_USERS, storageStateFor } from "./users";

const ISSUE_PATH = `/negotiations/${DEMO.slug}/issues/security-guarantees`;

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("pages redirect to sign-in and the API refuses writes", async ({ page, request }) => {
    await page.goto(ISSUE_PATH);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    const response = await request.post(`/api/issues/anything/updates`, { data: { summary: "x", occurredAt: "2025-12-01" } });
    expect(response.status()).toBe(401);
    expect((await request.get("/api/sources?q=a")).status()).toBe(401);
  });

  test("no workspace page is reachable without a session", async ({ page }) => {
    const paths = [
      "/",
      "/negotiations",
      "/negotiations/new",
      `/negotiations/${DEMO.slug}`,
      `/negotiations/${DEMO.slug}/edit`,
      `/negotiations/${DEMO.slug}/issues/new`,
      ISSUE_PATH,
      `${ISSUE_PATH}/log`,
      `${ISSUE_PATH}/edit`,
      `${ISSUE_PATH}/activity`,
      "/sources",
      "/activity",
      "/admin/users",
      "/account",
    ];
    for (const path of paths) {
      await page.goto(path);
      await expect(page, `${path} must ask to sign in`).toHaveURL(/\/sign-in/);
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    }
    // Public on purpose: sign-in, health.
    expect((await page.request.get("/api/health")).status()).toBe(200);
  });

  test("wrong credentials get one generic message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(E2E_USERS.viewer.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
    await page.getByLabel("Email").fill("nobody@nowhere.test");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  });
});

test("an analyst signs out", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("analyst") });
  const page = await context.newPage();
  await page.goto("/negotiations");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/negotiations");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

test.describe("viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("sees no edit control", async ({ page }) => {
    await page.goto(`/negotiations/${DEMO.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: DEMO.title })).toBeVisible();
    await expect(page.getByRole("link", { name: "New issue" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit negotiation" })).toHaveCount(0);
    await page.goto(ISSUE_PATH);
    await expect(page.getByRole("heading", { level: 1, name: "Security guarantees" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Log update" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit issue" })).toHaveCount(0);
    for (const path of [
      `${ISSUE_PATH}/log`,
      `${ISSUE_PATH}/share`,
      `/negotiations/${DEMO.slug}/share`,
      `${ISSUE_PATH}/edit`,
      "/negotiations/new",
      "/admin/users",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), `${path} answers 403`).toBe(403);
      await expect(page.getByRole("heading", { name: "You can read this, not change it" })).toBeVisible();
    }
  });

  test("a crafted write is refused and changes nothing", async ({ page }) => {
    const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
    try {
      const issue = await prisma.issue.findFirstOrThrow({ where: { slug: "security-guarantees" } });
      const before = await prisma.update.count({ where: { issueId: issue.id } });
      // Only this issue's events: tests in the other worker write their own meanwhile.
      const auditBefore = await prisma.auditEvent.count({ where: { issueId: issue.id } });
      const response = await page.request.post(`/api/issues/${issue.id}/updates`, {
        data: { summary: "Forged update", occurredAt: "2025-12-01", newStatus: "AGREED_IN_PRINCIPLE" },
      });
      expect(response.status()).toBe(403);
      expect(await prisma.update.count({ where: { issueId: issue.id } })).toBe(before);
      expect((await prisma.issue.findUniqueOrThrow({ where: { id: issue.id } })).status).toBe(issue.status);
      expect(await prisma.auditEvent.count({ where: { issueId: issue.id } })).toBe(auditBefore);
    } finally {
      await prisma.$disconnect();
    }
  });
});
