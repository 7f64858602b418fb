import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO, unique } from "./support";
import { storageStateFor } from "./users";

test.use({ storageState: storageStateFor("admin") });

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Negotiations" })).toBeVisible();
}

/** An analyst with a live session in a browser context of its own. */
async function analystSession(browser: Browser) {
  const name = unique("Temp Analyst");
  const email = `${name.replace(/\W+/g, ".").toLowerCase()}@e2e.parley.test`;
  const password = "temp-analyst-password";
  const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
  await prisma.user.create({ data: { email, name, role: "ANALYST", passwordHash: await hashPassword(password) } });
  await prisma.$disconnect();
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, email, password);
  return { name, page, context };
}

test("an administrator invites a viewer, who joins through the link", async ({ page, browser }) => {
  const email = `${unique("invitee").replace(/\W+/g, ".").toLowerCase()}@e2e.parley.test`;
  await page.goto("/admin/users");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const guest = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const invitee = await guest.newPage();
  await invitee.goto(link);
  await expect(invitee.getByText(`You are invited as viewer with ${email}`)).toBeVisible();
  await invitee.getByLabel("Your name").fill("Invited Viewer");
  await invitee.getByLabel("Password", { exact: true }).fill("invited-viewer-password");
  await invitee.getByLabel("Repeat password").fill("invited-viewer-password");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee).toHaveURL(/\/sign-in/);
  await signIn(invitee, email, "invited-viewer-password");
  await invitee.goto(`/negotiations/${DEMO.slug}`);
  await expect(invitee.getByRole("heading", { level: 1, name: DEMO.title })).toBeVisible();
  await expect(invitee.getByRole("link", { name: "New issue" })).toHaveCount(0);

  // The link works once.
  const again = await invitee.goto(link);
  expect(again?.status()).toBe(404);
  await guest.close();
});

test("a deactivated user loses access on the next request", async ({ page, browser }) => {
  const analyst = await analystSession(browser);
  await analyst.page.goto("/negotiations");
  await expect(analyst.page.getByRole("heading", { level: 1, name: "Negotiations" })).toBeVisible();

  await page.goto("/admin/users");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Deactivate ${analyst.name}` }).click();
  await expect(page.getByRole("button", { name: `Reactivate ${analyst.name}` })).toBeVisible();

  await analyst.page.goto("/negotiations");
  await expect(analyst.page).toHaveURL(/\/sign-in/);
  const write = await analyst.page.request.post("/api/issues/any/updates", { data: { summary: "x", occurredAt: "2025-12-01" } });
  expect(write.status()).toBe(401);
  await analyst.context.close();
});

test("a role change applies to a live session at once", async ({ page, browser }) => {
  const analyst = await analystSession(browser);
  await analyst.page.goto(`/negotiations/${DEMO.slug}`);
  await expect(analyst.page.getByRole("link", { name: "New issue" })).toBeVisible();

  await page.goto("/admin/users");
  await page.getByLabel(`Role of ${analyst.name}`, { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: `Change role of ${analyst.name}` }).click();
  await expect(page.getByLabel(`Role of ${analyst.name}`, { exact: true })).toHaveValue("VIEWER");

  await analyst.page.reload();
  await expect(analyst.page.getByRole("heading", { level: 1, name: DEMO.title })).toBeVisible();
  await expect(analyst.page.getByRole("link", { name: "New issue" })).toHaveCount(0);
  await analyst.context.close();
});

test("analysts cannot open the users page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("analyst") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "You can read this, not change it" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await context.close();
});
