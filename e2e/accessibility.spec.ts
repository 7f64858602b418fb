import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";
import { PAGES, contextOptionsFor, pageTest as test } from "./pages";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// axe walks every element of the page (the charts have hundreds): slower than a normal check.
test.describe.configure({ timeout: 90_000 });

for (const entry of PAGES) {
  test(`axe finds no WCAG 2.2 A/AA violation: ${entry.name}`, async ({ browser, fixtures }) => {
    const context = await browser.newContext(contextOptionsFor(entry));
    try {
      const page = await context.newPage();
      const response = await page.goto(entry.path(fixtures));
      expect(response?.status()).toBe(entry.status ?? 200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map((violation) => ({
        rule: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`),
      }));
      expect(summary).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
