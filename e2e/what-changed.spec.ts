import { expect, test } from "@playwright/test";
import { createIssue, logUpdate, unique } from "./support";

test("what changed shows an edit, a deletion and a new update, and compare shows the status at two dates", async ({ page, context }) => {
  // Five writes through the UI before the reads: room for a loaded two-core machine.
  test.setTimeout(120_000);
  const issueTitle = unique("Grain corridor");
  const issueUrl = await createIssue(page, issueTitle);
  const kept = unique("Delegations agreed on inspection points");
  const doomed = unique("A rumour about a second round");
  await logUpdate(page, issueUrl, { summary: kept, date: "2025-12-02", status: "CONVERGING" });
  await expect(page).toHaveURL(issueUrl);
  await logUpdate(page, issueUrl, { summary: doomed, date: "2025-12-03" });
  await expect(page).toHaveURL(issueUrl);

  // The range starts here: everything above was already there at "from".
  const from = new Date().toISOString();
  await page.waitForTimeout(20);

  const corrected = unique("Delegations disagreed on [inspection](https://evil.example) points");
  await page.getByRole("link", { name: "Edit update from 2 Dec 2025" }).click();
  await page.getByLabel("What changed").fill(corrected);
  await page.getByLabel("New status").selectOption("DEADLOCKED");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(issueUrl);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete update from 3 Dec 2025" }).click();
  await expect(page.getByTestId("timeline-entry")).toHaveCount(1);
  const fresh = unique("Ports reopened for inspection");
  await logUpdate(page, issueUrl, { summary: fresh, date: "2025-12-04" });
  await expect(page).toHaveURL(issueUrl);

  // From the dashboard's link, then the range put in the URL.
  await page.goto(issueUrl.replace(/\/issues\/.*$/, ""));
  await page.getByRole("link", { name: "What changed", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();
  const changesUrl = page.url().split("?")[0]!;
  await page.goto(`${changesUrl}?from=${encodeURIComponent(from)}`);
  const group = page.getByRole("region", { name: issueTitle });
  await expect(group).toContainText("Status changed:");
  await expect(group).toContainText("Converging");
  await expect(group).toContainText("Deadlocked");
  const items = group.getByRole("listitem");
  await expect(items).toHaveCount(3);
  // Most significant first: the deletion, then the edit (with its earlier wording), then the new update.
  await expect(items.nth(0)).toContainText("Deleted");
  await expect(items.nth(0)).toContainText(doomed);
  await expect(items.nth(1)).toContainText("Edited");
  await expect(items.nth(1)).toContainText(corrected);
  await expect(items.nth(1)).toContainText(`Before: ${kept}`);
  await expect(items.nth(2)).toContainText("New update");
  await expect(items.nth(2)).toContainText(fresh);

  // Copy as Markdown: user text escaped, so the note's link stays text.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy as Markdown" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied to the clipboard." })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain(`## ${issueTitle.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)}`);
  expect(markdown).toContain("\\[inspection\\]\\(https\\:\\/\\/evil\\.example\\)");
  expect(markdown).not.toContain("](https://evil");

  // Before the range: the same page says nothing about this issue.
  await page.goto(`${changesUrl}?from=${encodeURIComponent("2025-01-01")}&to=${encodeURIComponent("2025-01-02")}`);
  await expect(page.getByRole("region", { name: issueTitle })).toHaveCount(0);

  // Compare two dates: Converging at A, Deadlocked at B, marked in words.
  await page.goto(`${changesUrl}?from=${encodeURIComponent(from)}`);
  await page.getByRole("link", { name: "Compare two dates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare two dates" })).toBeVisible();
  await page.getByLabel("Date A").fill(from.slice(0, 23));
  await page.getByRole("button", { name: "Compare" }).click();
  const row = page.getByRole("row", { name: new RegExp(issueTitle) });
  await expect(row.getByRole("cell").nth(0)).toContainText("Converging");
  await expect(row.getByRole("cell").nth(1)).toContainText("Deadlocked");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Changed");
  // The range is in the URL, so the comparison can be bookmarked.
  expect(new URL(page.url()).searchParams.get("a")).toContain(from.slice(0, 19));
});

test("a bad range gets a clear message, not an error page", async ({ page }) => {
  const response = await page.goto("/negotiations/ukraine-us-peace-roadmap/changes?from=2025-02-30&to=yesterday");
  expect(response?.status()).toBe(200);
  // Next.js keeps an empty route announcer with the same role on every page.
  const alert = page.getByRole("alert").filter({ hasText: "This range cannot be read" });
  await expect(alert).toContainText("“From” must be a date such as 2026-11-20");
  await expect(alert).toContainText("“To” must be a date");
  await page.goto("/negotiations/ukraine-us-peace-roadmap/changes?from=2025-12-02&to=2025-12-01");
  await expect(alert).toContainText("“From” must be before “To”");
  await page.goto("/negotiations/ukraine-us-peace-roadmap/changes/compare?a=2025-12-01&b=nonsense");
  await expect(alert).toContainText("“Date B” must be a date");
});

test("a share link's digest feed keeps to the link, its frozen moment and its hidden names", async ({ page, browser }) => {
  const issueTitle = unique("Energy truce");
  const issueUrl = await createIssue(page, issueTitle);
  const before = unique("Strikes on power plants paused");
  await logUpdate(page, issueUrl, { summary: before, date: "2025-12-02", status: "UNDER_DISCUSSION" });
  await expect(page).toHaveURL(issueUrl);
  await page.goto(`${issueUrl}/share`);
  await page.getByLabel("Who it is for").fill(unique("Editors"));
  await page.getByLabel("Expires").selectOption("7d");
  await page.getByRole("checkbox", { name: "Hide analysts’ names" }).check();
  await page.getByRole("checkbox", { name: /Freeze/ }).check();
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  const after = unique("Logged after the link was made");
  await logUpdate(page, issueUrl, { summary: after, date: "2025-12-03" });
  await expect(page).toHaveURL(issueUrl);

  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await visitor.request.get(`${url}/changes.xml`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
  const xml = await response.text();
  expect(xml).toContain(issueTitle);
  expect(xml).toContain(before);
  expect(xml).not.toContain(after);
  expect(xml).not.toContain("Ana Analyst");
  expect((await visitor.request.get(`/share/${"A".repeat(43)}/changes.xml`)).status()).toBe(404);
  await visitor.close();
});
