import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
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

test("a negotiation exported as JSON matches the OpenAPI document and loads back through the Import page", async ({ page }) => {
  const negotiationTitle = unique("Export round");
  await page.goto("/negotiations/new");
  await page.getByLabel("Title").fill(negotiationTitle);
  await page.getByRole("button", { name: /Create negotiation/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: negotiationTitle })).toBeVisible();
  const negotiationPath = new URL(page.url()).pathname;
  await page.goto(`${negotiationPath}/issues/new`);
  const issueTitle = unique("Energy truce");
  await page.getByLabel("Title").fill(issueTitle);
  await page.getByLabel("Category").fill("Security");
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: issueTitle })).toBeVisible();
  await logUpdate(page, page.url(), { summary: "Strikes on energy paused for 30 days.", date: "2025-09-01", status: "AGREED_IN_PRINCIPLE" });

  await page.goto(`${negotiationPath}/export`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Everything, as JSON" }).click();
  const text = await readFile(await (await downloading).path(), "utf8");
  const exported = JSON.parse(text) as { negotiations: { id: string; slug: string; title: string }[]; issues: { id: string }[]; updates: { id: string }[] };
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
  let copy = text.replaceAll(negotiation.slug, `${negotiation.slug}-copy`).replaceAll(negotiation.title, `${negotiation.title} (copy)`);
  for (const { id } of [negotiation, ...exported.issues, ...exported.updates]) copy = copy.replaceAll(`"${id}"`, `"${id}c"`);
  await page.getByLabel("Export file (JSON)").setInputFiles({ name: "copy.json", mimeType: "application/json", buffer: Buffer.from(copy) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 1 negotiation, 1 issue, 1 update, 0 positions and 0 sources.")).toBeVisible();
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
