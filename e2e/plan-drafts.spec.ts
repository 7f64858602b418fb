import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { DEMO, unique } from "./support";

// These flows cross many server-rendered pages; on a busy machine one page can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });

async function pasteDraft(page: Page, title: string, text: string, expectedPoints: number) {
  await page.goto(`/negotiations/${DEMO.slug}/drafts/new`);
  await page.getByLabel("Draft title").fill(title);
  await page.getByLabel("Plan text").fill(text);
  await expect(page.getByText(`${expectedPoints} points found.`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Parsed points" }).getByRole("listitem")).toHaveCount(expectedPoints);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("draft-point")).toHaveCount(expectedPoints);
  return page.url();
}

test("pastes two drafts, links a point to an issue, and cross-walks them with a hand correction", async ({ page }) => {
  // A long flow through many pages, on a machine that may be busy.
  test.setTimeout(120_000);
  const tag = unique("");
  const firstTitle = `Framework v1${tag}`;
  const secondTitle = `Framework v2${tag}`;

  await page.goto(`/negotiations/${DEMO.slug}/drafts/new`);
  await expectAccessible(page);
  await pasteDraft(
    page,
    firstTitle,
    "Framework as circulated\n\n1. Ukraine will not join NATO.\n2) Elections will be held within 100 days\n   of signing.\n\n3. Frozen assets fund reconstruction.",
    3,
  );
  const firstPoint = page.getByTestId("draft-point").first();
  await firstPoint.getByRole("checkbox", { name: "NATO membership and neutrality" }).check();
  await page.getByRole("button", { name: "Save issue links" }).click();
  await expect(page.getByText("Issue links saved.")).toBeVisible();
  await expectAccessible(page);

  await pasteDraft(
    page,
    secondTitle,
    "1. Elections will be held as soon as possible after signing.\n2. Ukraine will not join NATO.\n3. A joint council reviews compliance.",
    3,
  );
  const nato = page.getByTestId("draft-point").nth(1);
  await nato.getByRole("checkbox", { name: "NATO membership and neutrality" }).check();
  await page.getByRole("button", { name: "Save issue links" }).click();
  await expect(page.getByText("Issue links saved.")).toBeVisible();

  await page.goto(`/negotiations/${DEMO.slug}/drafts`);
  await page.getByLabel("Earlier draft").selectOption({ label: firstTitle });
  await page.getByLabel("Later draft").selectOption({ label: secondTitle });
  await page.getByRole("button", { name: "Cross-walk" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Cross-walk" })).toBeVisible();
  await expect(page.getByText("1 same · 1 changed · 1 dropped · 1 new")).toBeVisible();
  const rows = page.getByTestId("crosswalk-row");
  await expect(rows).toHaveCount(4);
  // Rows by the point text they show (each row's "Correct" list names every point of the later draft).
  const rowShowing = (text: string) => rows.filter({ has: page.locator("p", { hasText: text }) });
  const elections = rowShowing("within 100 days");
  await expect(elections).toContainText("Changed");
  await expect(elections.locator("del").first()).toContainText("within");
  await expect(elections.locator("ins").first()).toContainText("as");
  await expect(rowShowing("Frozen assets")).toContainText("Dropped");
  await expect(rowShowing("joint council")).toContainText("New");
  const byIssue = page.getByRole("table", { name: "Which points of each draft touch each issue" });
  await expect(byIssue.getByRole("row", { name: /NATO membership and neutrality/ })).toContainText("Points 1");
  await expect(byIssue.getByRole("row", { name: /NATO membership and neutrality/ })).toContainText("Points 2");
  await expectAccessible(page);

  // The analyst knows the joint council replaced the assets clause.
  await page.getByLabel("Counterpart of point 3").selectOption({ label: "Point 3: A joint council reviews compliance." });
  await page.getByRole("button", { name: "Save counterpart of point 3" }).click();
  await expect(page.getByText("0 dropped · 0 new")).toBeVisible();
  await expect(rowShowing("Frozen assets")).toContainText("matched by hand");
  await expect(rows).toHaveCount(3);
});

test("says what is wrong when the pasted text has no numbered points", async ({ page }) => {
  await page.goto(`/negotiations/${DEMO.slug}/drafts/new`);
  await page.getByLabel("Draft title").fill(unique("Prose"));
  await page.getByLabel("Plan text").fill("Just a paragraph of prose.");
  await expect(page.getByText("No numbered points yet.")).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/No numbered points found/)).toBeVisible();
  await expect(page.getByLabel("Plan text")).toHaveValue("Just a paragraph of prose.");
});
