import { randomBytes } from "node:crypto";
import { connect } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO, createIssue, logUpdate, unique } from "./support";

const ANONYMOUS = { storageState: { cookies: [], origins: [] } };

/** Creates a link on a share page (issue or negotiation) and returns its URL, shown once. */
async function createLink(page: Page, sharePath: string, options: { label: string; hideAuthors?: boolean; freeze?: boolean }) {
  await page.goto(sharePath);
  await page.getByLabel("Who it is for").fill(options.label);
  await page.getByLabel("Expires").selectOption("7d");
  if (options.hideAuthors) await page.getByRole("checkbox", { name: "Hide analysts’ names" }).check();
  if (options.freeze) await page.getByRole("checkbox", { name: /Freeze/ }).check();
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link", { exact: true }).inputValue();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
  return url;
}

async function issueWithUpdate(page: Page) {
  const issueUrl = await createIssue(page);
  const sourceTitle = unique("Le Monde report");
  await logUpdate(page, issueUrl, {
    summary: "Paris hosts a **technical round** on guarantees.",
    date: "2025-12-05",
    status: "UNDER_DISCUSSION",
    source: { url: `https://www.lemonde.fr/${sourceTitle.replace(/\W+/g, "-")}`, title: sourceTitle, outlet: "Le Monde", quote: "Progress on wording." },
  });
  await expect(page).toHaveURL(issueUrl);
  return { issueUrl, sourceTitle };
}

async function visit(browser: Browser, url: string) {
  const context = await browser.newContext(ANONYMOUS);
  const page = await context.newPage();
  const response = await page.goto(url);
  return { context, page, response };
}

test("a visitor without an account sees the shared timeline and sources, read-only", async ({ page, browser }) => {
  const { issueUrl, sourceTitle } = await issueWithUpdate(page);
  const url = await createLink(page, `${issueUrl}/share`, { label: unique("EU delegation") });

  const visitor = await visit(browser, url);
  expect(visitor.response?.status()).toBe(200);
  const headers = visitor.response?.headers() ?? {};
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
  expect(headers["cache-control"]).toContain("no-store");

  const { page: shared } = visitor;
  await expect(shared.getByRole("note", { name: "About this shared page" })).toContainText("Read-only page shared from Parley by Ana Analyst");
  const entry = shared.getByTestId("timeline-entry").first();
  await expect(entry.getByText("technical round")).toBeVisible();
  await expect(entry.getByText(sourceTitle, { exact: true })).toBeVisible();
  await expect(entry.getByText("“Progress on wording.”")).toBeVisible();
  await expect(entry).toContainText("logged by Ana Analyst");
  await expect(shared.getByRole("region", { name: "Current state" }).getByText("Under discussion")).toBeVisible();
  // Nothing that changes anything, and no way into the workspace.
  await expect(shared.locator("form")).toHaveCount(0);
  for (const name of ["Log update", "Edit issue", "Share", "Activity", "Sign out"]) {
    await expect(shared.getByRole("link", { name })).toHaveCount(0);
    await expect(shared.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(shared.locator('a[href^="/negotiations"], a[href^="/sources"]')).toHaveCount(0);

  // A share token grants no write: the API still sees an anonymous caller.
  const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    const slug = new URL(issueUrl).pathname.split("/").at(-1)!;
    const issue = await prisma.issue.findFirstOrThrow({ where: { slug } });
    const before = await prisma.update.count({ where: { issueId: issue.id } });
    const write = await shared.request.post(`/api/issues/${issue.id}/updates`, {
      data: { summary: "Written with a share token", occurredAt: "2025-12-06" },
      headers: { Referer: url },
    });
    expect(write.status()).toBe(401);
    expect(await prisma.update.count({ where: { issueId: issue.id } })).toBe(before);
  } finally {
    await prisma.$disconnect();
  }
  await visitor.context.close();

  // The analyst sees the visit counted (visits are written within a second, not during the visit).
  const row = page.getByRole("table", { name: "Share links" }).getByRole("row").nth(1);
  await expect(async () => {
    await page.goto(`${issueUrl}/share`);
    // Cells: created, expires, last opened, times opened, state.
    await expect(row.getByRole("cell").nth(3)).toHaveText("1", { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(row.getByRole("cell").nth(2)).not.toHaveText("never");
});

test("the shared feed is valid Atom", async ({ page, browser }) => {
  const { issueUrl } = await issueWithUpdate(page);
  const url = await createLink(page, `${issueUrl}/share`, { label: unique("Editors") });
  const { context, page: visitor } = await visit(browser, url);
  const response = await visitor.request.get(`${url}/feed.xml`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  const xml = await response.text();
  const report = await visitor.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ATOM = "http://www.w3.org/2005/Atom";
    const child = (parent: Element, name: string) =>
      Array.from(parent.children).filter((element) => element.localName === name && element.namespaceURI === ATOM);
    const root = doc.documentElement;
    const isDate = (element?: Element) => Boolean(element?.textContent && !Number.isNaN(Date.parse(element.textContent)) && /T.*Z$/.test(element.textContent));
    const entries = child(root, "entry");
    return {
      parseError: doc.getElementsByTagName("parsererror").length,
      root: `${root.namespaceURI} ${root.localName}`,
      feedHasRequired: ["id", "title", "updated", "author"].every((name) => child(root, name).length === 1) && isDate(child(root, "updated")[0]),
      selfLink: child(root, "link").some((link) => link.getAttribute("rel") === "self"),
      entries: entries.length,
      entriesHaveRequired: entries.every(
        (entry) => ["id", "title", "updated"].every((name) => child(entry, name).length === 1) && isDate(child(entry, "updated")[0]),
      ),
      contents: entries.map((entry) => child(entry, "content")[0]?.textContent ?? ""),
    };
  }, xml);
  expect(report.parseError).toBe(0);
  expect(report.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(report.feedHasRequired).toBe(true);
  expect(report.selfLink).toBe(true);
  expect(report.entries).toBe(1);
  expect(report.entriesHaveRequired).toBe(true);
  expect(report.contents[0]).toContain("technical round");
  await context.close();
});

test("a share page served again gets a fresh nonce each time, runs its scripts, and shows a logged update at once", async ({ page, browser }) => {
  const { issueUrl } = await issueWithUpdate(page);
  const url = await createLink(page, `${issueUrl}/share`, { label: unique("Newsroom") });
  const visitor = await visit(browser, url);
  const blocked: string[] = [];
  visitor.page.on("console", (message) => void (/Content Security Policy/i.test(message.text()) && blocked.push(message.text())));
  const nonces = new Set<string>();
  // The first answer is rendered; the next two are the same page served again by the app server.
  for (let visitNumber = 1; visitNumber <= 3; visitNumber++) {
    const response = visitNumber === 1 ? visitor.response : await visitor.page.reload();
    expect(response?.status()).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    expect(await response!.text()).toContain(`nonce="${nonce}"`);
    nonces.add(nonce!);
    // Next.js's scripts ran, so the page's scripts carried the answer's own nonce.
    await expect.poll(() => visitor.page.evaluate(() => Boolean((window as { next?: unknown }).next))).toBe(true);
  }
  expect(nonces.size).toBe(3);
  expect(blocked).toEqual([]);

  await logUpdate(page, issueUrl, { summary: "The Geneva round is **postponed**.", date: "2025-12-06" });
  await expect(page).toHaveURL(issueUrl);
  await visitor.page.reload();
  await expect(visitor.page.getByTestId("timeline-entry").first()).toContainText("The Geneva round is postponed");
  await visitor.context.close();
});

test("visitors who leave while their page is being looked up do not hold the server's render slots", async ({ page, baseURL }) => {
  const { issueUrl } = await issueWithUpdate(page);
  const url = new URL(await createLink(page, `${issueUrl}/share`, { label: unique("Leavers") }));
  const { hostname, port } = new URL(baseURL!);
  // More than the server renders at once (MAX_IN_FLIGHT in scripts/serve.ts), each gone as soon as asked.
  await Promise.all(
    Array.from(
      { length: 20 },
      () =>
        new Promise<void>((resolve) => {
          const socket = connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname, () => {
            // Reset, as a client that times out does: the server hears of it at once.
            socket.write(`GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`, () => socket.resetAndDestroy());
          });
          socket.on("close", () => resolve());
          socket.on("error", () => resolve());
        }),
    ),
  );
  // Pages still render: every slot those requests took was given back.
  for (const path of [issueUrl, url.pathname]) {
    const response = await page.goto(path, { timeout: 20_000 });
    expect(response?.status()).toBe(200);
  }
});

test("a revoked link answers 404 from the next request", async ({ page, browser }) => {
  const { issueUrl } = await issueWithUpdate(page);
  const label = unique("Partner NGO");
  const url = await createLink(page, `${issueUrl}/share`, { label });
  const visitor = await visit(browser, url);
  expect(visitor.response?.status()).toBe(200);
  // Visited before the revocation too, so the app server has the page and the feed at hand.
  expect((await visitor.page.reload())?.status()).toBe(200);
  expect((await visitor.page.request.get(`${url}/feed.xml`)).status()).toBe(200);
  expect((await visitor.page.request.get(`${url}/feed.xml`)).status()).toBe(200);

  await page.goto(`${issueUrl}/share`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Revoke link for ${label}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(label) })).toContainText("Revoked");

  const again = await visitor.page.goto(url);
  expect(again?.status()).toBe(404);
  await expect(visitor.page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  expect((await visitor.page.request.get(`${url}/feed.xml`)).status()).toBe(404);
  await visitor.context.close();
});

test("an expired link answers 404", async ({ page, browser }) => {
  const { issueUrl } = await issueWithUpdate(page);
  const label = unique("Expiring");
  const url = await createLink(page, `${issueUrl}/share`, { label });
  const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
  try {
    await prisma.shareLink.updateMany({ where: { label }, data: { expiresAt: new Date(Date.now() - 1000) } });
  } finally {
    await prisma.$disconnect();
  }
  const visitor = await visit(browser, url);
  expect(visitor.response?.status()).toBe(404);
  await visitor.context.close();
});

test("thousands of random tokens find nothing", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext(ANONYMOUS);
  const request = context.request;
  const tokens = [
    ...Array.from({ length: 2000 }, () => randomBytes(32).toString("base64url")),
    "",
    "short",
    "../../etc/passwd",
    "A".repeat(43),
    "A".repeat(44),
    "%00",
  ];
  const statuses = new Map<number, number>();
  for (let index = 0; index < tokens.length; index += 50) {
    const batch = tokens.slice(index, index + 50);
    const results = await Promise.all(
      batch.map((token, position) => request.get(position % 5 === 0 ? `/share/${encodeURIComponent(token)}/feed.xml` : `/share/${encodeURIComponent(token)}`)),
    );
    for (const response of results) statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
  }
  expect([...statuses.keys()]).toEqual([404]);
  await context.close();
});

test("a frozen link with names hidden shows the issue as it was, without analysts", async ({ page, browser }) => {
  const { issueUrl } = await issueWithUpdate(page);
  const url = await createLink(page, `${issueUrl}/share`, { label: unique("Frozen"), hideAuthors: true, freeze: true });
  await logUpdate(page, issueUrl, { summary: "Logged after the link was made.", date: "2025-12-08", status: "CONVERGING" });
  await expect(page).toHaveURL(issueUrl);

  const { context, page: visitor } = await visit(browser, url);
  await expect(visitor.getByRole("note", { name: "About this shared page" })).toContainText("Frozen as it stood on");
  await expect(visitor.getByRole("note", { name: "About this shared page" })).not.toContainText("Ana Analyst");
  await expect(visitor.getByTestId("timeline-entry")).toHaveCount(1);
  await expect(visitor.getByText("Logged after the link was made.")).toHaveCount(0);
  await expect(visitor.getByRole("region", { name: "Current state" }).getByText("Under discussion")).toBeVisible();
  await expect(visitor.getByText("Ana Analyst")).toHaveCount(0);
  await context.close();
});

test("a negotiation link shares the dashboard and every issue; print hides the controls", async ({ page, browser }) => {
  const url = await createLink(page, `/negotiations/${DEMO.slug}/share`, { label: unique("Diplomats") });
  const { context, page: visitor } = await visit(browser, url);
  await expect(visitor.getByRole("heading", { level: 1, name: DEMO.title })).toBeVisible();
  const table = visitor.getByRole("table", { name: "Issues on the table" });
  await expect(table.getByRole("row", { name: /Security guarantees/ })).toContainText("Unresolved — gaps remain");
  // The chart's range links stay on the share link.
  await visitor.getByRole("group", { name: "Time range" }).getByRole("link", { name: "30 days" }).click();
  await expect(visitor).toHaveURL(/\/share\/[A-Za-z0-9_-]{43}\?range=30$/);
  await expect(visitor.getByRole("img", { name: /^Status of each issue over time/ })).toHaveCount(1);
  await table.getByRole("link", { name: "Security guarantees" }).click();
  await expect(visitor).toHaveURL(/\/share\/[A-Za-z0-9_-]{43}\/issues\/security-guarantees$/);
  await expect(visitor.getByRole("heading", { level: 1, name: "Security guarantees" })).toBeVisible();
  await expect(visitor.getByTestId("timeline-entry").first()).toBeVisible();
  await visitor.getByRole("group", { name: "Time range" }).getByRole("link", { name: "All" }).click();
  await expect(visitor).toHaveURL(/\/share\/[A-Za-z0-9_-]{43}\/issues\/security-guarantees\?range=all$/);
  await expect(visitor.getByRole("group", { name: "Time range" }).getByRole("link", { name: "All" })).toHaveAttribute("aria-current", "true");

  await visitor.getByRole("link", { name: "Printable version (whole timeline)" }).click();
  await visitor.emulateMedia({ media: "print" });
  await expect(visitor.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(visitor.getByRole("link", { name: "Atom feed" })).toBeHidden();
  await expect(visitor.getByRole("note", { name: "About this shared page" })).toBeVisible();
  await context.close();
});

test("viewers cannot create share links", async ({ browser }) => {
  const context = await browser.newContext({ storageState: "e2e/.auth/viewer.json" });
  const viewer = await context.newPage();
  await viewer.goto(`/negotiations/${DEMO.slug}/share`);
  await expect(viewer.getByRole("heading", { name: "You can read this, not change it" })).toBeVisible();
  await viewer.goto(`/negotiations/${DEMO.slug}`);
  await expect(viewer.getByRole("link", { name: "Share" })).toHaveCount(0);
  await context.close();
});
