import { expect, test, type Page } from "@playwright/test";
import { DEMO, unique } from "./support";

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit`. */
async function tabTo(page: Page, name: string | RegExp, limit = 60) {
  const seen: string[] = [];
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press("Tab");
    const names = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element || element === document.body) return [];
      return [element.getAttribute("aria-label") ?? "", element.labels?.[0]?.textContent ?? "", (element.textContent ?? "").trim()].map((part) => part.trim());
    });
    seen.push(names.filter(Boolean)[0] ?? "(body)");
    if (names.some((part) => (typeof name === "string" ? part === name : name.test(part)))) return;
  }
  throw new Error(`Tab never reached ${String(name)}; it went through: ${seen.join(" → ")}`);
}

/** A single-key shortcut, pressed once the page answers shortcuts and shows what the key opens. */
async function pressShortcut(page: Page, key: string) {
  await expect(page.locator("html[data-shortcuts=ready]")).toHaveCount(1);
  await expect(page.locator(`[data-shortcut="${key}"]`).first()).toBeVisible();
  await page.keyboard.press(key);
}

test("from the dashboard to a new issue and a logged update, with the keyboard alone", async ({ page }) => {
  // Shortcuts work once the page is interactive.
  await page.goto(`/negotiations/${DEMO.slug}`, { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1, name: DEMO.title })).toBeVisible();

  await pressShortcut(page, "n");
  await expect(page.getByRole("heading", { level: 1, name: "New issue" })).toBeFocused();
  const title = unique("Black Sea navigation");
  await tabTo(page, "Title");
  await page.keyboard.type(title);
  await tabTo(page, "Category");
  await page.keyboard.type("Maritime");
  await tabTo(page, "Summary");
  await page.keyboard.type("Safe passage for grain ships.");
  await tabTo(page, "Create issue");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeFocused();
  await expect(page.getByTestId("toast")).toContainText("Issue created.");

  await pressShortcut(page, "l");
  await expect(page.getByRole("heading", { level: 1, name: `Log an update: ${title}` })).toBeFocused();
  await tabTo(page, "What changed");
  await page.keyboard.type("Turkey offers to host talks on navigation.");
  await tabTo(page, "Search existing sources");
  await page.keyboard.type("Politico");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Log an update: ${title}` })).toBeVisible();
  // Results for what was typed, not the list they are about to replace.
  await expect(page.getByRole("list", { name: "Matching sources" })).toHaveAttribute("aria-busy", "false");
  await tabTo(page, /^Attach /);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Attached sources" }).getByLabel("Quote (optional)")).toBeFocused();
  await page.keyboard.type("Ankara is ready.");
  await tabTo(page, "Log update");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeFocused();
  await expect(page.getByTestId("toast")).toContainText("Update logged.");
  await expect(page.getByTestId("timeline-entry").first()).toContainText("Turkey offers to host talks");
  await expect(page.getByTestId("timeline-entry").first()).toContainText("Ankara is ready.");
});

test("deleting an update from the keyboard puts focus on Undo", async ({ page }) => {
  await page.goto(`/negotiations/${DEMO.slug}`, { waitUntil: "networkidle" });
  await pressShortcut(page, "n");
  await tabTo(page, "Title");
  await page.keyboard.type(unique("Energy"));
  await tabTo(page, "Category");
  await page.keyboard.type("Energy");
  await tabTo(page, "Create issue");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("toast")).toContainText("Issue created.");
  await pressShortcut(page, "l");
  await tabTo(page, "What changed");
  await page.keyboard.type("Zaporizhzhia plant discussed.");
  await tabTo(page, "Log update");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("toast")).toContainText("Update logged.");

  page.once("dialog", (dialog) => dialog.accept());
  await tabTo(page, /^Delete update from /);
  await page.keyboard.press("Enter");
  const undo = page.getByTestId("toast").getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("toast")).toContainText("Update restored.");
  await expect(page.getByText("Zaporizhzhia plant discussed.")).toBeVisible();
});

test("? lists the shortcuts; g then s goes to sources; / focuses the site search; shortcuts can be turned off", async ({ page }) => {
  await page.goto("/negotiations", { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { level: 1, name: "Negotiations" })).toBeVisible();
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();

  await page.keyboard.press("g");
  await page.keyboard.press("s");
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeFocused();

  // The header's search box is where "/" leads.
  await page.keyboard.press("/");
  await expect(page.locator("#site-search")).toBeFocused();
  await expect(page.locator("#site-search")).toHaveValue("");
  // Typing in a field never triggers a shortcut.
  await page.keyboard.type("gn");
  await expect(page.locator("#site-search")).toHaveValue("gn");
  await expect(page).toHaveURL(/\/sources/);

  await page.locator("#site-search").blur();
  await page.keyboard.press("?");
  await sheet.getByRole("checkbox", { name: /Single-key shortcuts/ }).uncheck();
  await page.keyboard.press("Escape");
  await page.keyboard.press("g");
  // Switched off: n does nothing (and there is nothing here for it to open).
  await page.keyboard.press("n");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/sources/);
});
