import { expect, test as base, type Browser, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO, logUpdate, unique } from "./support";
import { storageStateFor, type E2ERole } from "./users";

/**
 * Every page of Parley, in one place, for the checks that must hold on all of them (axe, narrow
 * screens). A page added to the app is added here. `path` receives the records made once per
 * worker by `preparePageFixtures`.
 */
export interface PageCase {
  name: string;
  as: E2ERole | "anonymous";
  path: (fixtures: PageFixtures) => string;
  status?: number;
}

export interface PageFixtures {
  issuePath: string;
  emptyIssuePath: string;
  emptyNegotiationPath: string;
  editedUpdatePath: string;
  sourcePath: string;
  shareIssueUrl: string;
  shareNegotiationUrl: string;
  inviteUrl: string;
}

const DEMO_PATH = `/negotiations/${DEMO.slug}`;

export const PAGES: PageCase[] = [
  // Workspace
  { name: "home", as: "analyst", path: () => "/" },
  { name: "negotiations", as: "analyst", path: () => "/negotiations" },
  { name: "new negotiation", as: "analyst", path: () => "/negotiations/new" },
  { name: "dashboard", as: "analyst", path: () => DEMO_PATH },
  { name: "dashboard, last 30 days", as: "analyst", path: () => `${DEMO_PATH}?range=30` },
  { name: "dashboard without issues", as: "analyst", path: (f) => f.emptyNegotiationPath },
  { name: "edit negotiation", as: "analyst", path: () => `${DEMO_PATH}/edit` },
  { name: "share negotiation", as: "analyst", path: () => `${DEMO_PATH}/share` },
  { name: "new issue", as: "analyst", path: () => `${DEMO_PATH}/issues/new` },
  { name: "issue", as: "analyst", path: (f) => f.issuePath },
  { name: "issue, oldest first", as: "analyst", path: (f) => `${f.issuePath}?order=oldest` },
  { name: "issue, all time", as: "analyst", path: (f) => `${f.issuePath}?range=all` },
  { name: "issue without updates", as: "analyst", path: (f) => f.emptyIssuePath },
  { name: "edit issue", as: "analyst", path: (f) => `${f.issuePath}/edit` },
  { name: "log update", as: "analyst", path: (f) => `${f.issuePath}/log` },
  { name: "issue activity", as: "analyst", path: (f) => `${f.issuePath}/activity` },
  { name: "share issue", as: "analyst", path: (f) => `${f.issuePath}/share` },
  { name: "edit update", as: "analyst", path: (f) => `${f.editedUpdatePath}/edit` },
  { name: "update history", as: "analyst", path: (f) => `${f.editedUpdatePath}/history` },
  { name: "sources", as: "analyst", path: () => "/sources" },
  { name: "sources, nothing found", as: "analyst", path: () => "/sources?q=zzzz-nothing-matches" },
  { name: "source", as: "analyst", path: (f) => f.sourcePath },
  { name: "edit source", as: "analyst", path: (f) => `${f.sourcePath}/edit` },
  { name: "activity", as: "analyst", path: () => "/activity" },
  { name: "account", as: "analyst", path: () => "/account" },
  { name: "API reference", as: "analyst", path: () => "/api-docs" },
  { name: "users", as: "admin", path: () => "/admin/users" },
  { name: "search", as: "analyst", path: () => "/search" },
  { name: "search results", as: "analyst", path: () => "/search?q=guarantees" },
  { name: "search, nothing found", as: "analyst", path: () => "/search?q=zzzz-nothing-matches" },
  { name: "what changed", as: "analyst", path: () => `${DEMO_PATH}/changes?from=2025-11-01&to=2025-12-31` },
  { name: "what changed since the previous visit", as: "viewer", path: () => `${DEMO_PATH}/changes` },
  { name: "what changed, bad range", as: "analyst", path: () => `${DEMO_PATH}/changes?from=2025-02-30` },
  { name: "compare two dates", as: "analyst", path: () => `${DEMO_PATH}/changes/compare?a=2025-11-20&b=2025-12-31` },
  { name: "position matrix", as: "analyst", path: () => `${DEMO_PATH}/positions` },
  { name: "log a position", as: "analyst", path: () => `${DEMO_PATH}/positions/new` },
  { name: "plan drafts", as: "analyst", path: () => `${DEMO_PATH}/drafts` },
  { name: "paste a plan draft", as: "analyst", path: () => `${DEMO_PATH}/drafts/new` },
  { name: "export negotiation", as: "analyst", path: () => `${DEMO_PATH}/export` },
  { name: "import updates from CSV", as: "analyst", path: (f) => `${f.issuePath}/import` },
  { name: "import", as: "analyst", path: () => "/import" },
  { name: "import, as admin", as: "admin", path: () => "/import" },
  { name: "viewer's dashboard", as: "viewer", path: () => DEMO_PATH },
  { name: "viewer's issue", as: "viewer", path: (f) => f.issuePath },
  { name: "forbidden", as: "viewer", path: (f) => `${f.issuePath}/log`, status: 403 },
  { name: "unknown issue", as: "analyst", path: () => `${DEMO_PATH}/issues/no-such-issue`, status: 404 },
  { name: "unknown page", as: "analyst", path: () => "/no-such-page", status: 404 },
  // Signing in and joining
  { name: "sign in", as: "anonymous", path: () => "/sign-in" },
  { name: "invitation", as: "anonymous", path: (f) => f.inviteUrl },
  { name: "used or unknown invitation", as: "anonymous", path: () => `/invite/${"A".repeat(43)}`, status: 404 },
  // Share links
  { name: "shared issue", as: "anonymous", path: (f) => f.shareIssueUrl },
  { name: "shared issue, printable", as: "anonymous", path: (f) => `${f.shareIssueUrl}?print=1` },
  { name: "shared negotiation", as: "anonymous", path: (f) => f.shareNegotiationUrl },
  { name: "shared negotiation, last 90 days", as: "anonymous", path: (f) => `${f.shareNegotiationUrl}?range=90` },
  { name: "shared negotiation search", as: "anonymous", path: (f) => `${f.shareNegotiationUrl}/search?q=guarantees` },
  { name: "unknown share link", as: "anonymous", path: () => `/share/${"A".repeat(43)}`, status: 404 },
];

/** Making the records is set-up, not the check: on a busy machine it may take its time. */
const setupExpect = expect.configure({ timeout: 30_000 });

async function createIssue(page: Page, title: string): Promise<string> {
  await page.goto(`${DEMO_PATH}/issues/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").fill("Humanitarian");
  await page.getByRole("button", { name: "Create issue" }).click();
  await setupExpect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url();
}

async function createShareLink(page: Page, sharePath: string): Promise<string> {
  await page.goto(sharePath);
  await page.getByLabel("Who it is for").fill(unique("Editors"));
  await page.getByLabel("Expires").selectOption("7d");
  await page.getByRole("button", { name: "Create share link" }).click();
  const link = page.getByLabel("Share link", { exact: true });
  await setupExpect(link).toBeVisible();
  return link.inputValue();
}

/** The records the page list needs, made through the UI as a user would. */
export async function preparePageFixtures(browser: Browser): Promise<PageFixtures> {
  const analyst = await browser.newContext({ storageState: storageStateFor("analyst") });
  const admin = await browser.newContext({ storageState: storageStateFor("admin") });
  const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const page = await analyst.newPage();
    const issueUrl = await createIssue(page, unique("Accessibility check"));
    const sourceTitle = unique("Reuters report");
    await logUpdate(page, issueUrl, {
      summary: "Talks move to Geneva. See [the communiqué](https://example.org/communique) for details.",
      date: "2025-12-05",
      status: "UNDER_DISCUSSION",
      source: { url: `https://www.reuters.com/${sourceTitle.replace(/\W+/g, "-")}`, title: sourceTitle, outlet: "Reuters", quote: "Geneva next." },
    });
    await setupExpect(page).toHaveURL(issueUrl);
    const issuePath = new URL(issueUrl).pathname;
    const issueSlug = issuePath.split("/").at(-1)!;
    const update = await prisma.update.findFirstOrThrow({ where: { issue: { slug: issueSlug } }, include: { sources: true } });
    const editedUpdatePath = `${issuePath}/updates/${update.id}`;
    await page.goto(`${editedUpdatePath}/edit`);
    await page.getByLabel("What changed").fill("Talks move to **Geneva** next week. See [the communiqué](https://example.org/communique).");
    await page.getByRole("button", { name: "Save changes" }).click();
    await setupExpect(page).toHaveURL(issueUrl);

    const emptyIssuePath = new URL(await createIssue(page, unique("Not yet discussed"))).pathname;

    await page.goto("/negotiations/new");
    await page.getByLabel("Title").fill(unique("Empty round"));
    await page.getByRole("button", { name: /Create negotiation/ }).click();
    await setupExpect(page).not.toHaveURL(/\/negotiations\/new$/);
    await setupExpect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const emptyNegotiationPath = new URL(page.url()).pathname;

    const shareIssueUrl = new URL(await createShareLink(page, `${issuePath}/share`)).pathname;
    const shareNegotiationUrl = new URL(await createShareLink(page, `${DEMO_PATH}/share`)).pathname;

    const adminPage = await admin.newPage();
    await adminPage.goto("/admin/users");
    await adminPage.getByLabel("Email").fill(`${unique("a11y").replace(/\W+/g, ".").toLowerCase()}@e2e.parley.test`);
    await adminPage.getByLabel("Role", { exact: true }).selectOption("ANALYST");
    await adminPage.getByRole("button", { name: "Create invitation link" }).click();
    const invitation = adminPage.getByLabel("Invitation link");
    await setupExpect(invitation).toBeVisible();
    const inviteUrl = new URL(await invitation.inputValue()).pathname;

    return {
      issuePath,
      emptyIssuePath,
      emptyNegotiationPath,
      editedUpdatePath,
      sourcePath: `/sources/${update.sources[0]!.sourceId}`,
      shareIssueUrl,
      shareNegotiationUrl,
      inviteUrl,
    };
  } finally {
    await prisma.$disconnect();
    await analyst.close();
    await admin.close();
  }
}

/** A test with the page fixtures, made once per worker. */
export const pageTest = base.extend<object, { fixtures: PageFixtures }>({
  fixtures: [async ({ browser }, use) => use(await preparePageFixtures(browser)), { scope: "worker", timeout: 240_000 }],
});

/** A signed-in (or anonymous) context for one entry of PAGES. */
export function contextOptionsFor(entry: PageCase) {
  return { storageState: entry.as === "anonymous" ? { cookies: [], origins: [] } : storageStateFor(entry.as) };
}
