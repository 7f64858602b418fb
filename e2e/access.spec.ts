import { expect, test } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
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

test("an analyst signs out, and a copy of the session cookie stops working at once", async ({ browser }) => {
  // A session of its own: signing out ends it on the server, and the other tests share theirs.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E_USERS.analyst.email);
  await page.getByLabel("Password").fill(E2E_USERS.analyst.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(E2E_USERS.analyst.name)).toBeVisible({ timeout: 30_000 });
  const copied = await context.storageState();

  await page.goto("/negotiations");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/negotiations");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();

  const thief = await browser.newContext({ storageState: copied });
  const stolen = await thief.newPage();
  await stolen.goto("/negotiations");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await thief.close();
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

test("someone changes their password on the account page: a common one is refused, the old one stops working", async ({ browser }) => {
  const email = `changer-${Date.now()}@e2e.parley.test`;
  const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    await prisma.user.create({ data: { email, name: "Cass Changer", role: "VIEWER", passwordHash: await hashPassword("first passphrase here") } });
  } finally {
    await prisma.$disconnect();
  }
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const signIn = async (password: string) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await signIn("first passphrase here");
  await expect(page.getByText("Cass Changer")).toBeVisible({ timeout: 30_000 });

  await page.goto("/account");
  await page.getByLabel("Current password").fill("first passphrase here");
  await page.getByLabel("New password", { exact: true }).fill("qwerty123456");
  await page.getByLabel("New password again").fill("qwerty123456");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This password is on a list of commonly used passwords.").first()).toBeVisible();

  await page.getByLabel("Current password").fill("first passphrase here");
  await page.getByLabel("New password", { exact: true }).fill("second passphrase here");
  await page.getByLabel("New password again").fill("second passphrase here");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("toast")).toContainText("Password changed.");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn("first passphrase here");
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await signIn("second passphrase here");
  await expect(page.getByText("Cass Changer")).toBeVisible({ timeout: 30_000 });
  await context.close();
});
