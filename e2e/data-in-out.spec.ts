import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expectAccessible } from "./axe";
import { DEMO, createIssue, logUpdate, unique } from "./support";

test.describe.configure({ timeout: 120_000 });

test("an analyst downloads the updates CSV, then imports a CSV into an issue: preview with row errors, nothing saved, then confirm", async ({ page }) => {
  const title = unique("Grain corridor");
  const issueUrl = await createIssue(page, title);
  const issuePath = new URL(issueUrl).pathname;
  await logUpdate(page, issueUrl, { summary: "=1+2 is not a formula here", date: "2025-10-01", status: "UNDER_DISCUSSION" });
  await expect(page).toHaveURL(issueUrl);

  await page.goto(`/negotiations/${DEMO.slug}`);
  await page.getByRole("link", { name: "Export", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Export/ })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Updates, as CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${DEMO.slug}-.*-updates\\.csv$`));
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    '"date","note","status","source_urls","quotes","issue","issue_title","update_id","logged_at","author","from_status","edited_at"',
  );
  expect(csv).toContain(`"2025-10-01","'=1+2 is not a formula here","UNDER_DISCUSSION"`);

  // The issue's CSV import, reached from the export page.
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(`${issuePath}/import`);
  const bad = ["date,note,status,source_urls", "2025-10-02,Ports reopen,Converging,https://example.org/ports", "2025-13-40,,"].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(page.getByText("bad.csv: 2 rows — 1 to import, 1 row with errors.")).toBeVisible();
  await expect(page.getByRole("row", { name: /^3 / })).toContainText("date:");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Choose another file" }).click();

  const good = [
    "date,note,status,source_urls,quotes",
    `2025-10-02,"Ports reopen, partly",Converging,https://example.org/${Date.now()}/ports,"""Partly"""`,
    "2025-10-03,Inspections agreed,,,",
  ].join("\r\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expect(page.getByText("good.csv: 2 rows — 2 to import.")).toBeVisible();
  await page.goto(issuePath);
  await expect(page.getByText("Ports reopen, partly")).toHaveCount(0);

  await page.goto(`${issuePath}/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Check the rows" }).click();
  await page.getByRole("button", { name: "Import 2 updates" }).click();
  await expect(page.getByText("Imported 2 updates.")).toBeVisible();
  await page.getByRole("link", { name: "Back to the issue" }).click();
  await expect(page.getByText("Ports reopen, partly")).toBeVisible();
  await expect(page.getByText("Inspections agreed")).toBeVisible();
});

interface ExportedNegotiation {
  negotiations: { id: string; slug: string; title: string }[];
  issues: { id: string }[];
  updates: { id: string }[];
  [list: string]: unknown;
}

const recordsIn = (document: Record<string, unknown>) =>
  ["people", "categories", "outlets", "sources", "negotiations", "issues", "updates", "positions", "shareLinks"].reduce(
    (sum, list) => sum + (document[list] as unknown[]).length,
    0,
  );

/** The file as a copy under new ids and a new address, so that it loads beside the original. */
/**
 * Creates a negotiation with one issue and one update through the forms, and downloads its JSON
 * export from the Export page; returns the file's text.
 */
async function exportNewNegotiation(
  page: Page,
  names: { negotiation: string; issue: string; category: string },
  update: { summary: string; date: string; status: string },
) {
  await page.goto("/negotiations/new");
  await page.getByLabel("Title").fill(names.negotiation);
  await page.getByRole("button", { name: /Create negotiation/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: names.negotiation })).toBeVisible();
  const negotiationPath = new URL(page.url()).pathname;
  await page.goto(`${negotiationPath}/issues/new`);
  await page.getByLabel("Title").fill(names.issue);
  await page.getByLabel("Category").fill(names.category);
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: names.issue })).toBeVisible();
  await logUpdate(page, page.url(), update);
  await page.goto(`${negotiationPath}/export`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Everything, as JSON" }).click();
  return readFile(await (await downloading).path(), "utf8");
}

function copyOf(text: string, document: ExportedNegotiation, suffix: string): string {
  const negotiation = document.negotiations[0]!;
  let copy = text.replaceAll(negotiation.slug, `${negotiation.slug}-${suffix}`).replaceAll(negotiation.title, `${negotiation.title} (${suffix})`);
  for (const { id } of [negotiation, ...document.issues, ...document.updates]) copy = copy.replaceAll(`"${id}"`, `"${id}${suffix}"`);
  return copy;
}

test("a negotiation exported as JSON matches the OpenAPI document and loads back through the Import page", async ({ page }) => {
  const negotiationTitle = unique("Export round");
  const issueTitle = unique("Energy truce");
  const text = await exportNewNegotiation(
    page,
    { negotiation: negotiationTitle, issue: issueTitle, category: "Security" },
    { summary: "Strikes on energy paused for 30 days.", date: "2025-09-01", status: "AGREED_IN_PRINCIPLE" },
  );
  const exported = JSON.parse(text) as ExportedNegotiation;
  expect(exported.updates).toHaveLength(1);

  const openapi = (await (await page.request.get("/api/v1/openapi.json")).json()) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...openapi, $id: "openapi.json" });
  const validate = ajv.compile({ $ref: "openapi.json#/components/schemas/ExportDocument" });
  expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);

  // Loading the very same file is refused: it is already here.
  await page.goto("/import");
  await page.getByLabel("Export file (JSON)").setInputFiles({ name: "same.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/The negotiation “.*” is already here/)).toBeVisible();

  // As a copy under new ids and a new address, it loads.
  const negotiation = exported.negotiations[0]!;
  const copy = copyOf(text, exported, "copy");
  await page.getByLabel("Export file (JSON)").setInputFiles({ name: "copy.json", mimeType: "application/json", buffer: Buffer.from(copy) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 1 negotiation, 1 issue, 1 update, 0 positions and 0 sources.")).toBeVisible();
  // The server reported each step of the load; the bar stays full beside the result.
  const records = recordsIn(exported);
  await expect(page.locator("form").getByRole("status")).toContainText(`${records} of ${records} records loaded`);
  await expect(page.getByRole("progressbar", { name: "Loading the records" })).toHaveAttribute("value", String(records));
  await expectAccessible(page);
  await page.goto(`/negotiations/${negotiation.slug}-copy`);
  await expect(page.getByRole("heading", { level: 1, name: `${negotiationTitle} (copy)` })).toBeVisible();
  await expect(page.getByRole("link", { name: issueTitle })).toBeVisible();

  // A broken file names what is wrong.
  await page.goto("/import");
  await page
    .getByLabel("Export file (JSON)")
    .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format":"parley-export"') });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/not valid JSON/)).toBeVisible();
});

test("a long import streams its progress: checked, then loaded step by step in order, to every record", async ({ page }) => {
  const negotiationTitle = unique("Progress round");
  const issueTitle = unique("Prisoner exchange");
  const text = await exportNewNegotiation(
    page,
    { negotiation: negotiationTitle, issue: issueTitle, category: "Humanitarian" },
    { summary: "First exchange agreed.", date: "2025-08-01", status: "UNDER_DISCUSSION" },
  );
  const exported = JSON.parse(text) as ExportedNegotiation;
  expect(exported.updates).toHaveLength(1);

  // 1,200 more updates, as a long negotiation would have: the load takes several steps.
  const first = exported.updates[0] as { id: string; summary: string };
  const grown = {
    ...exported,
    updates: [
      first,
      ...Array.from({ length: 1200 }, (_, index) => ({ ...first, id: `${first.id}x${String(index).padStart(4, "0")}`, summary: `Exchange ${index}` })),
    ],
  };
  const body = copyOf(JSON.stringify(grown), grown, "long");
  const total = recordsIn(grown);

  const response = await page.request.post("/api/v1/import", {
    headers: { "content-type": "application/json", accept: "application/x-ndjson" },
    data: body,
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/x-ndjson");
  const lines = (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { phase?: string; done?: number; total?: number; status?: number; result?: { updates: number } });
  expect(lines.slice(0, 2)).toEqual([
    { phase: "checking", done: 0, total },
    { phase: "checking", done: total, total },
  ]);
  const loading = lines.slice(2, -1);
  expect(loading.length).toBeGreaterThanOrEqual(5);
  expect(loading.every((line) => line.phase === "loading" && line.total === total)).toBe(true);
  const counts = loading.map((line) => line.done!);
  for (let index = 1; index < counts.length; index++) expect(counts[index]).toBeGreaterThan(counts[index - 1]!);
  expect(counts.at(-1)).toBe(total);
  expect(lines.at(-1)).toMatchObject({ status: 201, result: { updates: 1201 } });

  // Through the page, a bad record is named and nothing is loaded; the good file then loads with its count shown.
  const again = copyOf(JSON.stringify(grown), grown, "page");
  const broken = again.replace('"summary":"Exchange 700"', '"summary":7');
  await page.goto("/import");
  await page.getByLabel("Export file (JSON)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("updates[701]");
  await page.getByLabel("Export file (JSON)").setInputFiles({ name: "long.json", mimeType: "application/json", buffer: Buffer.from(again) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const status = page.locator("form").getByRole("status");
  await expect(status).toContainText("Imported 1 negotiation, 1 issue, 1,201 updates", { timeout: 60_000 });
  await expect(status).toContainText(`${total.toLocaleString("en")} of ${total.toLocaleString("en")} records loaded`);
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeEnabled();
});
