import { expect, test as base, type Page } from "@playwright/test";
import { PAGES, contextOptionsFor, pageTest } from "./pages";
import { DEMO, createIssue, logUpdate, unique } from "./support";

/** An iPhone SE-sized screen: the narrowest in common use. */
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

pageTest.describe.configure({ timeout: 60_000 });

/** Wide tables scroll inside their own region; the page itself never does. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    culprits: [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      // Inside a scroll region things may be wide (the region itself must fit); what text kept
      // for screen readers holds is clipped to its one-pixel box (the box itself must fit).
      .filter((element) => !element.parentElement?.closest("[data-scroll-region], .sr-only"))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 120)),
  }));
  expect(overflow.culprits).toEqual([]);
  expect(overflow.page).toBeLessThanOrEqual(375);
}

for (const entry of PAGES) {
  pageTest(`fits a 375 px wide screen without sideways scrolling: ${entry.name}`, async ({ browser, fixtures }) => {
    const context = await browser.newContext({ ...contextOptionsFor(entry), ...PHONE });
    try {
      const page = await context.newPage();
      await page.goto(entry.path(fixtures));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
    } finally {
      await context.close();
    }
  });
}

base.describe("on a phone", () => {
  base.use(PHONE);

  base("an analyst creates an issue and logs a sourced update", async ({ page }) => {
    const issueUrl = await createIssue(page, unique("Humanitarian corridors"));
    const title = unique("Kyiv Independent report");
    await logUpdate(page, issueUrl, {
      summary: "Corridors from Mariupol agreed for Friday.",
      date: "2025-12-04",
      status: "CONVERGING",
      source: { url: `https://kyivindependent.com/${title.replace(/\W+/g, "-")}`, title, outlet: "Kyiv Independent" },
    });
    await expect(page).toHaveURL(issueUrl);
    await expect(page.getByTestId("toast")).toContainText("Update logged.");
    const entry = page.getByTestId("timeline-entry").first();
    await expect(entry).toContainText("Corridors from Mariupol");
    await expect(entry.getByRole("link", { name: title, exact: true })).toBeVisible();
  });

  base("a reader moves from the dashboard to an issue and back", async ({ page }) => {
    await page.goto(`/negotiations/${DEMO.slug}`);
    await page.getByRole("link", { name: "Security guarantees" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Security guarantees" })).toBeVisible();
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: DEMO.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO.title })).toBeVisible();
  });

  base("what changed fits when a new source's title is one long word", async ({ page }) => {
    base.setTimeout(90_000);
    const issueTitle = unique("Prisoner exchange");
    const issueUrl = await createIssue(page, issueTitle);
    const from = new Date().toISOString();
    // A pasted title without a single space: nowhere to wrap but inside the word.
    const longTitle = "Z".repeat(96);
    await logUpdate(page, issueUrl, {
      summary: "Lists of names exchanged.",
      date: "2025-12-04",
      status: "CONVERGING",
      source: { url: `https://example.org/${unique("report").replace(/\W+/g, "-")}`, title: longTitle, outlet: "Example Wire" },
    });
    await expect(page).toHaveURL(issueUrl);
    await page.goto(`${issueUrl.replace(/\/issues\/.*$/, "")}/changes?from=${encodeURIComponent(from)}`);
    const group = page.getByRole("region", { name: issueTitle });
    await expect(group.getByRole("link", { name: longTitle })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});
