import { expect, test } from "@playwright/test";
import { DEMO, createIssue, logUpdate, unique } from "./support";

test("a new user sees the seeded talks of 30 November 2025", async ({ page }) => {
  // Home is the dashboard when there is one negotiation, else the list (tests add their own).
  await page.goto("/");
  if (!page.url().includes(DEMO.slug)) await page.getByRole("link", { name: DEMO.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO.title })).toBeVisible();
  const row = page.getByRole("table", { name: "Issues on the table" }).getByRole("row", { name: /Security guarantees/ });
  await expect(row.getByText("Unresolved — gaps remain")).toBeVisible();
  const chart = page.getByRole("img", { name: /Status of each issue over time/ });
  await expect(chart).toBeVisible();
  // The range choice is a link (it works without script): only the chosen range is drawn, and
  // the page's filters are kept.
  const rangeShown = () => chart.locator("title").first().textContent();
  const before = await rangeShown();
  const ranges = page.getByRole("group", { name: "Time range" });
  await expect(ranges.locator("[aria-current]")).toHaveCount(1);
  await page.goto(`${page.url().split("?")[0]}?category=security-guarantees`);
  await ranges.getByRole("link", { name: "All", exact: true }).click();
  await expect(page).toHaveURL(/category=security-guarantees.*range=all|range=all.*category=security-guarantees/);
  await expect(ranges.getByRole("link", { name: "All", exact: true })).toHaveAttribute("aria-current", "true");
  await expect(chart).toHaveCount(1);
  await expect(chart).toBeVisible();
  expect(await rangeShown()).not.toBe(before);
  // A range the chart does not know shows the default one.
  await page.goto(`${page.url().split("?")[0]}?range=7`);
  await expect(chart).toHaveCount(1);
  expect(await rangeShown()).toBe(before);
  await expect(page.getByText("Time in each status")).toBeHidden();
  await page.getByText("Show as a table").click();
  await expect(page.getByRole("columnheader", { name: "Time in each status" })).toBeVisible();
  for (const party of ["Ukraine", "United States", "Russia", "European backers"]) {
    await expect(page.getByRole("list", { name: "Parties" }).getByText(party, { exact: true })).toBeVisible();
  }

  await row.getByRole("link", { name: "Security guarantees" }).click();
  const timeline = page.getByTestId("timeline-entry");
  await expect(timeline).toHaveCount(2);
  await expect(page.getByText("Washington will press for a peace agreement", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("State-controlled").first()).toBeVisible();
  // On the issue page the range links keep the timeline's order, and the timeline's links the range.
  await page.getByRole("link", { name: "Show oldest first" }).click();
  await expect(page).toHaveURL(/order=oldest/);
  await page.getByRole("group", { name: "Time range" }).getByRole("link", { name: "30 days" }).click();
  await expect(page).toHaveURL(/order=oldest&range=30/);
  await expect(page.getByRole("group", { name: "Time range" }).getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("img", { name: /^Status of .* over time/ })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Show newest first" })).toHaveAttribute("href", /range=30/);
});

test("filters the dashboard by status", async ({ page }) => {
  await page.goto(`/negotiations/${DEMO.slug}`);
  await page.getByLabel("Status", { exact: true }).selectOption("DEADLOCKED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=DEADLOCKED/);
  const table = page.getByRole("table", { name: "Issues on the table" });
  await expect(table.getByRole("link", { name: "Nuclear weapons and Western troops" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Security guarantees" })).toHaveCount(0);
});

test("creates an issue", async ({ page }) => {
  const title = unique("Black Sea navigation");
  const url = await createIssue(page, title);
  expect(url).toContain(`/negotiations/${DEMO.slug}/issues/`);
  await expect(page.getByText("Not yet discussed").first()).toBeVisible();
  await page.goto(`/negotiations/${DEMO.slug}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("logs an update that changes the status and adds a new source", async ({ page }) => {
  const issueUrl = await createIssue(page);
  const sourceTitle = unique("Kyiv Independent report");
  await logUpdate(page, issueUrl, {
    summary: "Both sides agreed to draft a **joint text**.",
    date: "2025-12-02",
    status: "CONVERGING",
    source: {
      url: `https://kyivindependent.com/${sourceTitle.replace(/\W+/g, "-")}`,
      title: sourceTitle,
      outlet: "The Kyiv Independent",
      quote: "A draft is on the table.",
    },
  });
  await expect(page).toHaveURL(issueUrl);
  await expect(page.getByRole("region", { name: "Current state" }).getByText("Converging")).toBeVisible();
  const entry = page.getByTestId("timeline-entry").first();
  await expect(entry.getByText("joint text")).toBeVisible();
  await expect(entry.getByLabel("Status change").getByText("Not yet discussed")).toBeVisible();
  await expect(entry.getByLabel("Status change").getByText("Converging")).toBeVisible();
  await expect(entry.getByRole("link", { name: sourceTitle, exact: true })).toBeVisible();
  await expect(entry.getByText("“A draft is on the table.”")).toBeVisible();
});

test("the timeline lists updates by when they happened, newest first, with a toggle", async ({ page }) => {
  const issueUrl = await createIssue(page);
  await logUpdate(page, issueUrl, { summary: "Second round in Geneva.", date: "2025-12-10" });
  await expect(page).toHaveURL(issueUrl);
  // Logged later but happened earlier: it must sort below.
  await logUpdate(page, issueUrl, { summary: "First contacts in Riyadh.", date: "2025-11-20", status: "UNDER_DISCUSSION" });
  await expect(page).toHaveURL(issueUrl);
  const entries = page.getByTestId("timeline-entry");
  await expect(entries.nth(0)).toContainText("Second round in Geneva.");
  await expect(entries.nth(1)).toContainText("First contacts in Riyadh.");
  await page.getByRole("link", { name: "Show oldest first" }).click();
  await expect(entries.nth(0)).toContainText("First contacts in Riyadh.");
  await expect(entries.nth(1)).toContainText("Second round in Geneva.");
});

test("a second update citing the same article reuses its source", async ({ page }) => {
  const issueUrl = await createIssue(page);
  const title = unique("Reuters exclusive");
  const slug = title.replace(/\W+/g, "-").toLowerCase();
  await logUpdate(page, issueUrl, { summary: "First mention.", source: { url: `https://www.reuters.com/world/${slug}/`, title, outlet: "Reuters" } });
  await expect(page).toHaveURL(issueUrl);
  await logUpdate(page, issueUrl, {
    summary: "Cited again, through a tracking link.",
    source: { url: `https://reuters.com/world/${slug}?utm_source=telegram#top`, title: "Same article, other title", outlet: "Reuters" },
  });
  await expect(page).toHaveURL(issueUrl);

  await page.goto(`/sources?q=${encodeURIComponent(title)}`);
  await expect(page.getByText("1 source matching")).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: "Cited in 2 updates" })).toBeVisible();
});

test("attaches an existing source found by search", async ({ page }) => {
  const issueUrl = await createIssue(page);
  await page.goto(`${issueUrl}/log`);
  await page.getByLabel("What changed").fill("Politico's account applies here too.");
  await page.getByLabel("Search existing sources").fill("Politico");
  await expect(page.getByRole("list", { name: "Matching sources" })).toHaveAttribute("aria-busy", "false");
  await page.getByRole("button", { name: /Attach Politico: Rubio tells/ }).click();
  await page.getByRole("list", { name: "Attached sources" }).getByLabel("Quote (optional)").fill("peace deal comes before guarantees");
  await page.getByRole("button", { name: "Log update" }).click();
  await expect(page).toHaveURL(issueUrl);
  await expect(page.getByTestId("timeline-entry").first().getByText("Politico", { exact: true })).toBeVisible();
});

test("validation errors appear next to their fields and keep what was typed", async ({ page }) => {
  const issueUrl = await createIssue(page);
  await page.goto(`${issueUrl}/log`);
  await page.getByLabel("What changed").fill("A long careful summary that must survive the error.");
  await page.getByLabel("When it happened").fill("");
  const row = page.getByRole("group", { name: "New source 1" });
  await row.getByLabel("URL").fill("not a url");
  await row.getByLabel("Title").fill("Half-filled source");
  await page.getByRole("button", { name: "Log update" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeVisible();
  await expect(page.getByLabel("When it happened")).toHaveAccessibleDescription(/Date must be a date|Date is required/);
  await expect(row.getByLabel("URL")).toHaveAccessibleDescription(/starting with http/);
  await expect(page.getByLabel("What changed")).toHaveValue("A long careful summary that must survive the error.");
  await expect(row.getByLabel("Title")).toHaveValue("Half-filled source");
  await expect(page).toHaveURL(`${issueUrl}/log`);
});

test("unknown ids get a 404 page", async ({ page }) => {
  for (const path of [`/negotiations/nope-${Date.now()}`, `/negotiations/${DEMO.slug}/issues/nope`, "/sources/nope"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  }
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
