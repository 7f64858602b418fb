import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO, unique } from "./support";
import { storageStateFor } from "./users";

// These flows cross many server-rendered pages; on a busy machine one page can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

/** A fresh issue of the demo negotiation, so the test's cells are its own; returns its URL and title. */
async function createIssue(page: Page) {
  const title = unique("Prisoner exchange");
  await page.goto(`/negotiations/${DEMO.slug}/issues/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").fill("Humanitarian");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return { issueUrl: page.url(), title };
}

test("logs a position with a source, sees the matrix change, views it as of an earlier day, and reads the cell's diff", async ({ page }) => {
  // A long flow through many pages, on a machine that may be busy.
  test.setTimeout(120_000);
  const { issueUrl, title } = await createIssue(page);
  const firstStatement = unique("Rules out any prisoner swap before a ceasefire");
  const secondStatement = firstStatement.replace("Rules out any", "Would accept a").replace("before", "after");

  await page.goto(`/negotiations/${DEMO.slug}/positions/new`);
  await expectAccessible(page);
  await page.getByLabel("Issue", { exact: true }).selectOption({ label: title });
  await page.getByLabel("Party", { exact: true }).selectOption({ label: "Russia" });
  await page.getByRole("radio", { name: /^Red line/ }).check();
  await page.getByLabel("Statement").fill(firstStatement);
  await page.getByLabel("Date stated").fill("2025-11-20");
  const row = page.getByRole("group", { name: "New source 1" });
  await row.getByLabel("URL").fill(`https://example.org/${Date.now()}/swap`);
  await row.getByLabel("Title").fill("Kremlin briefing on prisoners");
  await row.getByLabel("Outlet", { exact: true }).fill("TASS");
  await row.getByLabel("Quote (optional)").fill("No exchange before a ceasefire.");
  await page.getByRole("button", { name: "Log position" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Russia on ${title}` })).toBeVisible();
  const first = page.getByRole("article", { name: "Position stated 20 Nov 2025" });
  await expect(first).toContainText(firstStatement);
  await expect(first).toContainText("Red line");
  await expect(first.getByText("No exchange before a ceasefire.")).toBeVisible();

  // A later statement of the same party on the same issue.
  await page.getByRole("link", { name: "Log a newer position" }).click();
  await expect(page.getByLabel("Issue", { exact: true })).toHaveValue(/.+/);
  await page.getByRole("radio", { name: /^Open \/ conditional/ }).check();
  await page.getByLabel("Statement").fill(secondStatement);
  await page.getByLabel("Date stated").fill("2025-11-28");
  await page.getByRole("button", { name: "Log position" }).click();

  const latest = page.getByRole("article", { name: "Position stated 28 Nov 2025" });
  await expect(latest).toContainText("current");
  const change = latest.getByRole("region", { name: "Change from 20 Nov 2025" });
  await expect(change).toContainText("Stance moved from Red line to Open / conditional.");
  await expect(change.locator("del").first()).toBeVisible();
  await expect(change.locator("ins").first()).toBeVisible();
  // Word by word: each removed word of the earlier statement is struck through.
  await expect(change.locator("del")).toContainText(["Rules", "out", "any", "before"]);
  await expect(change.locator("ins")).toContainText(["Would", "accept", "a", "after"]);
  await expect(page.getByRole("img", { name: `Stance of Russia on ${title} over time` })).toBeVisible();
  await expectAccessible(page);

  // The matrix now shows the newer position, and the earlier one as of 21 Nov.
  await page.goto(`/negotiations/${DEMO.slug}/positions`);
  const matrixRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) });
  await expect(matrixRow).toContainText(secondStatement);
  await expect(matrixRow).toContainText("Open / conditional");
  await expectAccessible(page);

  await page.getByLabel("As of").fill("2025-11-21");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/asOf=2025-11-21/);
  await expect(matrixRow).toContainText(firstStatement);
  await expect(matrixRow).toContainText("Red line");

  await page.goto(`/negotiations/${DEMO.slug}/positions?changedSince=2025-11-21`);
  await expect(matrixRow).toContainText("Changed since 21 Nov 2025: was Red line");

  // The history link of the cell leads back to the cell.
  await matrixRow.getByRole("link", { name: `History of Russia on ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Russia on ${title}` })).toBeVisible();

  // The issue page shows its row of the matrix.
  await page.goto(issueUrl);
  const section = page.getByRole("region", { name: "Stance of each party on this issue" });
  await expect(section).toContainText(secondStatement);
});

test("shows the seeded positions from the report, with the rows furthest apart first", async ({ page }) => {
  await page.goto(`/negotiations/${DEMO.slug}/positions`);
  const territory = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Territory and land swaps" }) });
  await expect(territory).toContainText("Demands that Ukraine withdraw its troops from the Donbass");
  await expect(territory).toContainText("Rejects Russia’s demands");
  await expect(territory).toContainText("3 of 4 · Far apart");
  await page.getByText("What the stances and the distance mean").click();
  await expect(page.getByText(/Distance is the gap between the highest and the lowest score/)).toBeVisible();
});

test.describe("viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });
  test("reads the matrix but gets no log controls", async ({ page }) => {
    await page.goto(`/negotiations/${DEMO.slug}/positions`);
    await expect(page.getByRole("heading", { level: 1, name: "Who stands where" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Log position" })).toHaveCount(0);
    await page.goto(`/negotiations/${DEMO.slug}/positions/new`);
    await expect(page.getByText("You can read this, not change it")).toBeVisible();
  });
});

/** Logs a position through the form, without sources, and waits for the cell's history. */
async function logPosition(page: Page, issueTitle: string, position: { party: string; stance: RegExp; statement: string; date: string }) {
  await page.goto(`/negotiations/${DEMO.slug}/positions/new`);
  await page.getByLabel("Issue", { exact: true }).selectOption({ label: issueTitle });
  await page.getByLabel("Party", { exact: true }).selectOption({ label: position.party });
  await page.getByRole("radio", { name: position.stance }).check();
  await page.getByLabel("Statement").fill(position.statement);
  await page.getByLabel("Date stated").fill(position.date);
  await page.getByRole("button", { name: "Log position" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${position.party} on ${issueTitle}` })).toBeVisible();
}

test("a frozen share link shows the issue's row as it was recorded when the link was made", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { issueUrl, title } = await createIssue(page);
  const before = unique("Open to talks on an exchange");
  const after = unique("Now rejects any exchange");
  await logPosition(page, title, { party: "Ukraine", stance: /^Open \/ conditional/, statement: before, date: "2025-11-25" });

  await page.goto(`${issueUrl}/share`);
  await page.getByLabel("Who it is for").fill(unique("Frozen for editors"));
  await page.getByLabel("Expires").selectOption("7d");
  await page.getByRole("checkbox", { name: /Freeze/ }).check();
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();

  await logPosition(page, title, { party: "Ukraine", stance: /^Opposes/, statement: after, date: "2025-11-27" });

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await context.newPage();
  await visitor.goto(url);
  const row = visitor.getByRole("region", { name: /Stance of each party on this issue, as recorded on/ });
  await expect(row).toContainText(before);
  await expect(row).not.toContainText(after);
  await expect(row.getByRole("link")).toHaveCount(0);
  await expectAccessible(visitor);
  await context.close();
});
