import { expect, type Page } from "@playwright/test";

export const DEMO = {
  slug: "ukraine-us-peace-roadmap",
  title: "Ukraine–US talks on the US peace roadmap",
};

export function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Creates an issue in the demo negotiation through the UI and leaves the page on it. */
export async function createIssue(page: Page, title = unique("Prisoner exchange")): Promise<string> {
  await page.goto(`/negotiations/${DEMO.slug}/issues/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").fill("Humanitarian");
  await page.getByLabel("Summary").fill("Exchange of prisoners of war, **all for all**.");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url();
}

interface NewSource {
  url: string;
  title: string;
  outlet?: string;
  quote?: string;
}

/** Fills and submits the log-update form of the issue at `issueUrl`. */
export async function logUpdate(
  page: Page,
  issueUrl: string,
  /** `status` is the stored value, e.g. "CONVERGING". */
  update: { summary: string; date?: string; status?: string; source?: NewSource },
) {
  await page.goto(`${issueUrl}/log`);
  await page.getByLabel("What changed").fill(update.summary);
  if (update.date) await page.getByLabel("When it happened").fill(update.date);
  if (update.status) await page.getByLabel("New status").selectOption(update.status);
  if (update.source) {
    const row = page.getByRole("group", { name: "New source 1" });
    await row.getByLabel("URL").fill(update.source.url);
    await row.getByLabel("Title").fill(update.source.title);
    if (update.source.outlet) await row.getByLabel("Outlet", { exact: true }).fill(update.source.outlet);
    if (update.source.quote) await row.getByLabel("Quote (optional)").fill(update.source.quote);
  }
  await page.getByRole("button", { name: "Log update" }).click();
}
