import { expect, test } from "@playwright/test";
import { DEMO, createIssue, logUpdate, unique } from "./support";
import { E2E_USERS, storageStateFor } from "./users";

const STATUS_SENTENCE = "changed the status from Not yet discussed to Converging";

test("the activity view shows who changed a status, per issue and for the workspace", async ({ page }) => {
  const title = unique("Energy infrastructure ceasefire");
  const issueUrl = await createIssue(page, title);
  await logUpdate(page, issueUrl, { summary: "Both sides accept a **moratorium** on strikes.", date: "2025-12-03", status: "CONVERGING" });
  await expect(page).toHaveURL(issueUrl);

  await page.goto(`${issueUrl}/activity`);
  await expect(page.getByRole("heading", { level: 1, name: `Activity: ${title}` })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: title })).toHaveAttribute("href", new URL(issueUrl).pathname);
  const events = page.getByRole("list", { name: "Activity" }).getByRole("listitem");
  // Newest first: the status change, then the creation.
  await expect(events).toHaveCount(2);
  const change = events.nth(0);
  await expect(change).toContainText(`${E2E_USERS.analyst.name} ${STATUS_SENTENCE}`);
  await expect(change.getByLabel("Status change").getByText("Not yet discussed")).toBeVisible();
  await expect(change.getByLabel("Status change").getByText("Converging")).toBeVisible();
  await expect(events.nth(1)).toContainText(`${E2E_USERS.analyst.name} created the issue “${title}”`);

  // The before / after details show the changed fields, closed until asked for.
  const after = change.locator("pre").nth(1);
  await expect(after).toBeHidden();
  await change.getByText("Before / after").click();
  await expect(after).toContainText('"status": "CONVERGING"');
  await expect(change.locator("pre").nth(0)).toContainText('"status": "NOT_DISCUSSED"');

  await page.goto("/activity");
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  const row = page
    .getByRole("list", { name: "Activity" })
    .getByRole("listitem")
    .filter({ hasText: STATUS_SENTENCE })
    .filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(E2E_USERS.analyst.name);
  await expect(row).toContainText(DEMO.title);
  await row.getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(issueUrl);
});

test("an unknown issue's activity page is not found", async ({ page }) => {
  const response = await page.goto(`/negotiations/${DEMO.slug}/issues/no-such-issue-${Date.now()}/activity`);
  expect(response?.status()).toBe(404);
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStateFor("viewer") });

  test("a viewer can read the workspace and issue activity", async ({ page }) => {
    await page.goto("/activity");
    await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Activity" }).or(page.getByText("No activity yet."))).toBeVisible();

    await page.goto(`/negotiations/${DEMO.slug}/issues/security-guarantees/activity`);
    await expect(page.getByRole("heading", { level: 1, name: /^Activity: Security guarantees/ })).toBeVisible();
  });
});
