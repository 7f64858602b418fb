import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO, createIssue, logUpdate, unique } from "./support";
import { storageStateFor } from "./users";

const ISSUE_PATH = `/negotiations/${DEMO.slug}/issues/security-guarantees`;

test("Enter in the source search never submits the update, and Attach moves focus to the quote", async ({ page }) => {
  const issueUrl = await createIssue(page);
  await page.goto(`${issueUrl}/log`);
  await page.getByLabel("What changed").fill("Geneva round confirmed.");
  const search = page.getByLabel("Search existing sources");
  await search.fill("Politico");
  await search.press("Enter");
  // Still on the form: nothing was submitted, nothing was lost.
  await expect(page).toHaveURL(`${issueUrl}/log`);
  await expect(page.getByLabel("What changed")).toHaveValue("Geneva round confirmed.");
  await expect(page.getByText("Please correct the highlighted fields.")).toHaveCount(0);

  const matches = page.getByRole("list", { name: "Matching sources" });
  // Results for what was typed, not the list they are about to replace.
  await expect(matches).toHaveAttribute("aria-busy", "false");
  const first = matches.getByRole("button", { name: /^Attach / }).first();
  const title = (await first.getAttribute("aria-label"))!.replace(/^Attach /, "");
  await first.click();
  const attached = page.getByRole("list", { name: "Attached sources" });
  await expect(attached.getByText(title)).toBeVisible();
  await expect(attached.getByLabel("Quote (optional)")).toBeFocused();
  await page.keyboard.type("Security guarantees first.");
  // The quote sits below the search box, where the eye already is.
  const searchBox = await search.boundingBox();
  const quoteBox = await attached.getByLabel("Quote (optional)").boundingBox();
  expect(quoteBox!.y).toBeGreaterThan(searchBox!.y);

  await attached.getByRole("button", { name: `Remove ${title}` }).click();
  await expect(search).toBeFocused();
});

test("the log-update form does not move once the page has loaded", async ({ page }) => {
  await page.goto(`${ISSUE_PATH}/log`, { waitUntil: "domcontentloaded" });
  const button = page.getByRole("button", { name: "Log update" });
  const before = await button.boundingBox();
  // The first list of sources arrives with the page; no "0 found" while it loads.
  await expect(page.getByText(/^\d+ found$/)).not.toHaveText("0 found");
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const after = await button.boundingBox();
  expect(after!.y).toBe(before!.y);
  // Typing a search changes the list, not the place of the button.
  await page.getByLabel("Search existing sources").fill("zzzz-no-source-matches");
  await expect(page.getByText("0 found")).toBeVisible();
  expect((await button.boundingBox())!.y).toBe(before!.y);
});

test("a confirmation follows a save, and a deleted update can be restored with Undo", async ({ page }) => {
  const issueUrl = await createIssue(page);
  await expect(page.getByTestId("toast")).toHaveText(/Issue created\./);
  const summary = unique("Talks resume in Riyadh");
  await logUpdate(page, issueUrl, { summary, date: "2025-12-03", status: "UNDER_DISCUSSION" });
  await expect(page).toHaveURL(issueUrl);
  await expect(page.getByTestId("toast")).toHaveText(/Update logged\./);
  await page.getByTestId("toast").getByRole("button", { name: "Dismiss" }).click();

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete update from 3 Dec 2025" }).click();
  const toast = page.getByTestId("toast");
  await expect(toast).toContainText("Update deleted.");
  await expect(page.getByText(summary)).toHaveCount(0);
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(toast).toContainText("Update restored.");
  await expect(page.getByText(summary)).toBeVisible();

  const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const slug = new URL(issueUrl).pathname.split("/").at(-1)!;
    const issue = await prisma.issue.findFirstOrThrow({ where: { slug } });
    expect(issue.status).toBe("UNDER_DISCUSSION");
    const actions = (await prisma.auditEvent.findMany({ where: { issueId: issue.id }, orderBy: { at: "asc" } })).map((event) => event.action);
    expect(actions.slice(-2)).toEqual(["update.delete", "update.restore"]);
  } finally {
    await prisma.$disconnect();
  }
});

test.describe("viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("sees no delete control, so no undo is offered", async ({ page }) => {
    await page.goto(ISSUE_PATH);
    await expect(page.getByRole("button", { name: /^Delete update/ })).toHaveCount(0);
  });
});

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the favicon and app icons are served to anyone", async ({ request, page }) => {
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()["content-type"]).toMatch(/image\//);
    for (const path of ["/icon.svg", "/apple-icon.png", "/manifest.webmanifest"]) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
    await page.goto("/sign-in");
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /apple-icon/);
  });
});

test("the share page never shows the link's private label", async ({ page, browser }) => {
  const label = unique("Internal: EU desk");
  await page.goto(`${ISSUE_PATH}/share`);
  await page.getByLabel("Who it is for").fill(label);
  await page.getByLabel("Expires").selectOption("7d");
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const shared = await visitor.newPage();
    await shared.goto(url);
    await expect(shared.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(shared.locator("body")).not.toContainText(label);
  } finally {
    await visitor.close();
  }
});

test("the history of an edited update marks the words that changed", async ({ page }) => {
  const issueUrl = await createIssue(page);
  await logUpdate(page, issueUrl, { summary: "Talks resume in Geneva on Monday.", date: "2025-12-02" });
  await expect(page).toHaveURL(issueUrl);
  await page.getByRole("link", { name: "Edit update from 2 Dec 2025" }).click();
  await page.getByLabel("What changed").fill("Talks resume in Riyadh on Monday.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("toast")).toContainText("Update saved.");
  await page.getByRole("link", { name: "History of the update from 2 Dec 2025" }).click();
  const changes = page.getByRole("region", { name: "Changes from version 1" });
  await expect(changes.locator("del")).toHaveText(/Geneva/);
  await expect(changes.locator("ins")).toHaveText(/Riyadh/);
  // Screen readers hear which words went and came, not only sighted readers of the colours.
  await expect(changes).toContainText("[removed: Geneva]");
  await expect(changes).toContainText("[added: Riyadh]");
});

test("a negotiation's time zone sets 'today' on its forms and is shown beside its dates", async ({ page }) => {
  const title = unique("Pacific round");
  await page.goto("/negotiations/new");
  await page.getByLabel("Title").fill(title);
  // UTC+14: its calendar day differs from UTC's for fourteen hours of every day.
  await page.getByLabel("Time zone").selectOption("Pacific/Kiritimati");
  await page.getByRole("button", { name: /Create negotiation/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("negotiation-time-zone")).toHaveText("Dates are days in Pacific/Kiritimati (UTC+14).");
  const negotiationUrl = page.url();

  await page.goto(`${negotiationUrl}/issues/new`);
  const issueTitle = unique("Fishing rights");
  await page.getByLabel("Title").fill(issueTitle);
  await page.getByLabel("Category").fill("Economy");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: issueTitle })).toBeVisible();
  await page.goto(`${page.url()}/log`);
  const when = page.getByLabel("When it happened");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Kiritimati", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  await expect(when).toHaveValue(today);
  await expect(when).toHaveAttribute("max", today);
  await expect(page.getByText("Days are in Pacific/Kiritimati (UTC+14), the negotiation’s time zone.")).toBeVisible();

  // The zone can be changed back, and the change is in the record.
  await page.goto(`${negotiationUrl}/edit`);
  await expect(page.getByLabel("Time zone")).toHaveValue("Pacific/Kiritimati");
  await page.getByLabel("Time zone").selectOption("UTC");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("negotiation-time-zone")).toHaveCount(0);
});
