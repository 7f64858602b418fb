import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { createIssue, logUpdate, unique } from "./support";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** WCAG 2.2 AA violations on the current page (axe-core). */
async function axeViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

const marker = () => unique("m").replace(/\W/g, "");

test("Cyrillic and Latin searches from the header box, a hostile note shown as text, and a link to the entry", async ({ page }) => {
  const tag = marker();
  const issueUrl = await createIssue(page);
  await logUpdate(page, issueUrl, {
    summary: `<img src=x onerror="window.parleyHacked=1"> Сторони обговорили рамку гарантій безпеки ${tag}`,
    date: "2025-11-30",
  });
  await expect(page).toHaveURL(issueUrl);
  await logUpdate(page, issueUrl, { summary: `President Zelensky met the envoy ${tag}`, date: "2025-11-29" });
  await expect(page).toHaveURL(issueUrl);

  await page.locator("#site-search").fill(`гарантії ${tag}`);
  await page.locator("#site-search").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const result = page.getByTestId("search-result");
  await expect(result).toHaveCount(1);
  await expect(result.locator("mark").first()).toHaveText("гарантій");
  await expect(result.getByTestId("search-result-text")).toContainText(`<img src=x onerror="window.parleyHacked=1">`);
  expect(await result.locator("img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { parleyHacked?: number }).parleyHacked)).toBeUndefined();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel("Search", { exact: true }).fill(`Zelenskyy ${tag}`);
  await page.getByLabel("Search", { exact: true }).press("Enter");
  await expect(result).toHaveCount(1);
  await expect(result.locator("mark").first()).toHaveText("Zelensky");

  await result.getByRole("link").click();
  await expect(page).toHaveURL(/#update-/);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toContainText("President Zelensky met the envoy");
  await page.goBack();
  await expect(page.getByLabel("Search", { exact: true })).toHaveValue(`Zelenskyy ${tag}`);
});

test("filters combine, live in the URL and survive a reload", async ({ page }) => {
  // Many page loads in one story: more than the default on a busy two-core machine.
  test.setTimeout(90_000);
  const tag = marker();
  const issueUrl = await createIssue(page);
  await logUpdate(page, issueUrl, { summary: `Converging on the corridor ${tag}`, date: "2025-11-30", status: "CONVERGING" });
  await expect(page).toHaveURL(issueUrl);
  await logUpdate(page, issueUrl, { summary: `Corridor talks stalled ${tag}`, date: "2025-11-10", status: "DEADLOCKED" });
  await expect(page).toHaveURL(issueUrl);
  await logUpdate(page, issueUrl, { summary: `Corridor, no status change ${tag}`, date: "2025-11-28" });
  await expect(page).toHaveURL(issueUrl);

  await page.goto(`/search?q=${encodeURIComponent(`corridor ${tag}`)}`);
  await expect(page.getByTestId("search-result")).toHaveCount(3);
  await page.getByLabel("Status changed to").selectOption("CONVERGING");
  await page.getByLabel("Happened from").fill("2025-11-20");
  await page.getByLabel("to", { exact: true }).fill("2025-11-30");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/status=CONVERGING/);
  await expect(page).toHaveURL(/from=2025-11-20/);
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await expect(page.getByTestId("search-result")).toContainText("Converging on the corridor");
  await page.reload();
  await expect(page.getByTestId("search-result")).toHaveCount(1);

  await page.goto(`/search?q=${encodeURIComponent(`corridor ${tag} -stalled`)}`);
  await expect(page.getByTestId("search-result")).toHaveCount(2);

  const reversed = await page.goto(`/search?q=x&from=2025-12-01&to=2025-11-01`);
  expect(reversed?.status()).toBe(200);
  await expect(page.locator("#search-error")).toContainText("“From” must not be after “To”.");
  const unknown = await page.goto(`/search?q=x&status=NOPE`);
  expect(unknown?.status()).toBe(200);
  await expect(page.locator("#search-error")).toBeVisible();
});

test("a frozen share link searches only what it shares", async ({ page, browser }) => {
  const tag = marker();
  const issueUrl = await createIssue(page);
  await logUpdate(page, issueUrl, { summary: `Shared before the snapshot ${tag}`, date: "2025-11-30" });
  await expect(page).toHaveURL(issueUrl);
  const negotiationPath = new URL(issueUrl).pathname.split("/issues/")[0];
  await page.goto(`${negotiationPath}/share`);
  await page.getByLabel("Who it is for").fill(unique("Partners"));
  await page.getByLabel("Expires").selectOption("7d");
  await page.getByRole("checkbox", { name: "Hide analysts’ names" }).check();
  await page.getByRole("checkbox", { name: /Freeze/ }).check();
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  await logUpdate(page, issueUrl, { summary: `Logged after the snapshot ${tag}`, date: "2025-12-01" });
  await expect(page).toHaveURL(issueUrl);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await context.newPage();
  await visitor.goto(url);
  await visitor.getByLabel("Search this negotiation").fill(tag);
  await visitor.getByLabel("Search this negotiation").press("Enter");
  await expect(visitor).toHaveURL(/\/search\?q=/);
  const results = visitor.getByTestId("search-result");
  await expect(results).toHaveCount(1);
  await expect(results).toContainText("Shared before the snapshot");
  await expect(visitor.getByText("logged by")).toHaveCount(0);
  expect(await axeViolations(visitor)).toEqual([]);
  await results.getByRole("link").click();
  await expect(visitor).toHaveURL(/\/share\/[^/]+\/issues\/.+#update-/);
  await context.close();
});
