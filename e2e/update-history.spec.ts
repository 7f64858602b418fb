import { expect, test } from "@playwright/test";
import { createIssue, logUpdate, unique } from "./support";
import { storageStateFor } from "./users";

test("edits an update, keeps the earlier version in its history, then deletes it", async ({ page }) => {
  const issueUrl = await createIssue(page);
  const original = unique("Negotiators exchanged draft texts");
  const corrected = unique("Negotiators exchanged and annotated draft texts");
  await logUpdate(page, issueUrl, { summary: original, date: "2025-12-02", status: "CONVERGING" });
  await expect(page).toHaveURL(issueUrl);
  const currentState = page.getByRole("region", { name: "Current state" });
  await expect(currentState.getByText("Converging")).toBeVisible();

  const entry = page.getByTestId("timeline-entry").filter({ hasText: original });
  await expect(entry).toHaveCount(1);
  // Not edited yet: no history to show.
  await expect(entry.getByRole("link", { name: /History/ })).toHaveCount(0);
  await entry.getByRole("link", { name: "Edit update from 2 Dec 2025" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Edit the update from 2 Dec 2025" })).toBeVisible();
  await expect(page.getByLabel("What changed")).toHaveValue(original);
  await expect(page.getByLabel("When it happened")).toHaveValue("2025-12-02");
  await expect(page.getByLabel("New status")).toHaveValue("CONVERGING");
  await page.getByLabel("What changed").fill(`${corrected} with **bold** text.`);
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(issueUrl);
  const edited = page.getByTestId("timeline-entry").first();
  await expect(edited).toContainText(corrected);
  await expect(edited).not.toContainText(original);
  await expect(edited.getByText("edited")).toBeVisible();
  await expect(page.getByTestId("timeline-entry")).toHaveCount(1);

  await edited.getByRole("link", { name: /History/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History of the update from 2 Dec 2025" })).toBeVisible();
  const current = page.getByRole("article", { name: "Current version" });
  const first = page.getByRole("article", { name: "Version 1" });
  await expect(current).toContainText(corrected);
  await expect(current.locator("strong", { hasText: "bold" })).toBeVisible();
  await expect(first).toContainText(original);
  await expect(first).toContainText("Converging");
  await expect(first).toContainText("Logged by Ana Analyst");
  await expect(current).toContainText("Edited by Ana Analyst");

  await page.goto(issueUrl);
  const deleteButton = page.getByRole("button", { name: "Delete update from 2 Dec 2025" });
  // Dismissing the confirmation keeps the entry.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await deleteButton.click();
  await expect(page.getByTestId("timeline-entry")).toHaveCount(1);
  await expect(currentState.getByText("Converging")).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await deleteButton.click();
  await expect(page.getByTestId("timeline-entry")).toHaveCount(0);
  await expect(page.getByText("No updates yet.")).toBeVisible();
  await expect(currentState.getByText("Not yet discussed")).toBeVisible();
});

test.describe("viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("sees the history but no Edit or Delete on an issue with updates", async ({ page, browser }) => {
    // An analyst logs and edits an update.
    const analyst = await browser.newContext({ storageState: storageStateFor("analyst") });
    const analystPage = await analyst.newPage();
    const issueUrl = await createIssue(analystPage);
    await logUpdate(analystPage, issueUrl, { summary: "First wording.", date: "2025-12-03", status: "UNDER_DISCUSSION" });
    await expect(analystPage).toHaveURL(issueUrl);
    const editLink = analystPage.getByRole("link", { name: "Edit update from 3 Dec 2025" });
    const editHref = await editLink.getAttribute("href");
    expect(editHref).toMatch(/\/updates\/[^/]+\/edit$/);
    await editLink.click();
    await analystPage.getByLabel("What changed").fill("Second wording.");
    await analystPage.getByRole("button", { name: "Save changes" }).click();
    await expect(analystPage).toHaveURL(issueUrl);
    await analyst.close();

    await page.goto(issueUrl);
    const entry = page.getByTestId("timeline-entry");
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("Second wording.");
    await expect(page.getByRole("link", { name: /Edit update/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Delete update/ })).toHaveCount(0);
    await entry.getByRole("link", { name: /History/ }).click();
    await expect(page.getByRole("article", { name: "Version 1" })).toContainText("First wording.");

    await page.goto(editHref!);
    await expect(page.getByRole("heading", { name: "You can read this, not change it" })).toBeVisible();
  });
});
