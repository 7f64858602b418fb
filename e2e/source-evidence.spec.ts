import { expect as baseExpect, test, type Page } from "@playwright/test";
import { FIXTURE_PORT } from "../playwright.config";
import { startFixtureServer } from "../tests/support/fixture-server";
import { DEMO, unique } from "./support";

// Fetching, extracting and checking pages is real work; leave room on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

async function createIssue(page: Page, title: string) {
  await page.goto(`/negotiations/${DEMO.slug}/issues/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").fill("Security");
  await page.getByLabel("Summary").fill("Who guarantees what.");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url();
}

// One story told in order: the fixture server is shared state, so these steps run one after another.
test.describe.configure({ mode: "serial" });

let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
const run = Math.random().toString(36).slice(2, 8);
const wsjPath = `/world/talks-${run}`;
const afpPath = `/afp/talks-${run}`;

const articlePage = (opts: { site: string; headline: string; author: string; date: string; paragraph: string; canonical?: string }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${opts.headline} - ${opts.site}</title>
<meta property="og:site_name" content="${opts.site}">
<meta property="og:title" content="${opts.headline}">
<meta name="author" content="${opts.author}">
<meta property="article:published_time" content="${opts.date}T10:00:00Z">
${opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : ""}
</head><body><nav>Home · World · Markets</nav><article><h1>${opts.headline}</h1>
<p>Ukrainian and American delegations met in Hallandale Beach, Florida, and talked for several hours about the peace framework.</p>
<p>${opts.paragraph}</p></article><footer>© ${opts.site}</footer></body></html>`;

test.beforeAll(async () => {
  fixtures = await startFixtureServer(FIXTURE_PORT);
  fixtures.set(wsjPath, {
    body: articlePage({
      site: "The Wall Street Journal",
      headline: "U.S. and Ukraine Hold Talks in Florida",
      author: "Alan Cullison",
      date: "2025-11-30",
      paragraph: "Officials described the talks as productive but said gaps remain on territory.",
    }),
  });
  fixtures.set(afpPath, {
    body: articlePage({
      site: "AFP",
      headline: "Ukraine talks end without deal",
      author: "AFP staff",
      date: "2025-11-30",
      paragraph: "Both sides said work would continue on security guarantees.",
    }),
  });
});
test.afterAll(() => fixtures.close());

test("fill a source from its URL, keep a copy, see changes, grade it, and watch the independence label", async ({ page }) => {
  test.setTimeout(240_000);
  const issueUrl = await createIssue(page, unique("Security guarantees"));

  // Fill from URL, correct one field, log.
  await page.goto(`${issueUrl}/log`);
  await page.getByLabel("What changed").fill("The delegations met in Florida; **gaps remain**.");
  await page.getByLabel("New status").selectOption("GAPS_REMAIN");
  const row = page.getByRole("group", { name: "New source 1" });
  await row.getByLabel("URL").fill(fixtures.url(wsjPath));
  await row.getByRole("button", { name: "Fill from URL" }).click();
  await expect(row.getByRole("status")).toContainText("Filled: title, outlet, author, published date, language");
  await expect(row.getByLabel("Title")).toHaveValue("U.S. and Ukraine Hold Talks in Florida");
  await expect(row.getByLabel("Outlet", { exact: true })).toHaveValue("The Wall Street Journal");
  await expect(row.getByLabel("Published")).toHaveValue("2025-11-30");
  await row.getByLabel("Title").fill("U.S., Ukraine hold talks in Hallandale Beach");
  await page.getByRole("button", { name: "Log update" }).click();

  const entry = page.getByTestId("timeline-entry").first();
  await expect(entry.getByRole("link", { name: "U.S., Ukraine hold talks in Hallandale Beach", exact: true })).toBeVisible();
  await expect(entry.getByTestId("independence")).toContainText("single source");
  await expect(page.getByTestId("status-basis")).toContainText("rests on 1 independent source: The Wall Street Journal");

  // The copy was kept after the update committed.
  await entry.getByRole("link", { name: "U.S., Ukraine hold talks in Hallandale Beach", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "U.S., Ukraine hold talks in Hallandale Beach" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByLabel("Text of the kept copy")).toContainText("Officials described the talks as productive", { timeout: 2_000 });
  }).toPass({ timeout: 40_000 });
  await expect(page.getByLabel("Text of the kept copy")).not.toContainText("Home · World · Markets");
  const sourceUrl = page.url();

  // The article is edited after it was cited: the check finds it and shows the difference.
  fixtures.set(wsjPath, {
    body: articlePage({
      site: "The Wall Street Journal",
      headline: "U.S. and Ukraine Hold Talks in Florida",
      author: "Alan Cullison",
      date: "2025-11-30",
      paragraph: "Officials described the talks as difficult but said gaps remain on territory.",
    }),
  });
  const checks = page.getByRole("region", { name: "Checks for changes" });
  await checks.getByRole("button", { name: "Check for changes" }).click();
  await expect(checks.getByRole("status")).toContainText("Text changed");
  const newest = checks.getByRole("list", { name: "Checks, newest first" }).getByRole("listitem").first();
  await expect(newest).toContainText("Text changed");
  await expect(newest.locator("del")).toContainText("productive");
  await expect(newest.locator("ins")).toContainText("difficult");
  await expect(page.getByLabel("Text of the kept copy")).toContainText("as difficult");

  // Grade the outlet, then the citation.
  await page.getByLabel("Grade The Wall Street Journal").selectOption("B");
  await page.getByRole("button", { name: "Save grade" }).click();
  await expect(page.getByText("Reliability saved.")).toBeVisible();
  await expect(page.getByText("B — Usually reliable").first()).toBeVisible();

  // The issue-wide check lists the issue's sources only when it starts, and reports each one.
  await page.goto(issueUrl);
  await page.getByRole("button", { name: "Check all 1 source for changes" }).click();
  await expect(page.getByRole("region", { name: "Evidence" }).getByRole("status").getByRole("listitem")).toHaveCount(1);

  await page.goto(issueUrl);
  const graded = page.getByTestId("timeline-entry").first();
  await expect(graded.locator("abbr").first()).toContainText("B–");
  await graded.getByText("Grade this information").click();
  await graded.getByLabel("Information credibility (Admiralty code)").selectOption("2");
  await graded.getByRole("button", { name: "Save grade" }).click();
  await expect(graded.getByText("Credibility saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("timeline-entry").first().locator("abbr").first()).toContainText("B2");

  // An independent report added to the same update turns "single source" into corroboration.
  await page
    .getByTestId("timeline-entry")
    .first()
    .getByRole("link", { name: /^Edit update/ })
    .click();
  const added = page.getByRole("group", { name: "New source 1" });
  await added.getByLabel("URL").fill(fixtures.url(afpPath));
  await added.getByRole("button", { name: "Fill from URL" }).click();
  await expect(added.getByLabel("Outlet", { exact: true })).toHaveValue("AFP");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByTestId("timeline-entry").first().getByTestId("independence")).toContainText("corroborated by 2 independent sources");
  await expect(page.getByTestId("status-basis")).toContainText("rests on 2 independent sources: The Wall Street Journal; AFP");

  // The source page lists every check (on cite, from the source page, from the issue page); the first was taken automatically.
  await page.goto(sourceUrl);
  await expect(page.getByRole("list", { name: "Checks, newest first" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByText("automatically, when first cited")).toBeVisible();
});

test("a page that cannot be fetched never blocks logging", async ({ page }) => {
  test.setTimeout(120_000);
  const issueUrl = await createIssue(page, unique("Elections"));
  await page.goto(`${issueUrl}/log`);
  await page.getByLabel("What changed").fill("Elections discussed.");
  const row = page.getByRole("group", { name: "New source 1" });
  await row.getByLabel("URL").fill("http://169.254.169.254/latest/meta-data/");
  await row.getByRole("button", { name: "Fill from URL" }).click();
  await expect(row.getByRole("status")).toContainText("private or reserved network");
  await row.getByLabel("URL").fill(fixtures.url(`/missing-${run}`));
  await row.getByRole("button", { name: "Fill from URL" }).click();
  await expect(row.getByRole("status")).toContainText("The site answered 404");
  await row.getByLabel("Title").fill("Typed by hand");
  await page.getByRole("button", { name: "Log update" }).click();
  await expect(page.getByTestId("timeline-entry").first().getByRole("link", { name: "Typed by hand", exact: true })).toBeVisible();
});
