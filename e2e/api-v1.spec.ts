import { expect, test, type APIRequestContext } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { DEMO, unique } from "./support";

/** Validates a response body against the 200 schema the served OpenAPI document gives its path. */
function validatorFor(document: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...document, $id: "openapi.json" });
  return (pathTemplate: string, body: unknown) => {
    const paths = document.paths as Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }>;
    const ref = paths[pathTemplate]?.get.responses["200"]?.content["application/json"]?.schema.$ref;
    expect(ref, `the document describes ${pathTemplate}`).toBeTruthy();
    const validate = ajv.compile({ $ref: `openapi.json${ref}` });
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  };
}

async function errorShape(api: APIRequestContext, path: string, status: number, document: Record<string, unknown>) {
  const response = await api.get(path);
  expect(response.status()).toBe(status);
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  ajv.addSchema({ ...document, $id: "openapi.json" });
  const validate = ajv.compile({ $ref: "openapi.json#/components/schemas/Error" });
  const body: unknown = await response.json();
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return body as { code: string };
}

test("a personal API token reads the API, answers match the OpenAPI document, and revoking it locks it out", async ({ page, playwright, baseURL }) => {
  const name = unique("Newsroom sync");
  await page.goto("/account");
  await page.getByLabel("Token name").fill(name);
  await page.getByLabel("Access").selectOption("READ");
  await page.getByLabel("Expires").selectOption("7d");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^parley_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Active");

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const document = (await (await anonymous.get("/api/v1/openapi.json")).json()) as Record<string, unknown>;
  expect(document.openapi).toBe("3.1.0");
  const check = validatorFor(document);

  const negotiations = await api.get("/api/v1/negotiations");
  expect(negotiations.status()).toBe(200);
  const list = (await negotiations.json()) as { data: { id: string; slug: string }[] };
  check("/negotiations", list);
  const demo = list.data.find((negotiation) => negotiation.slug === DEMO.slug);
  expect(demo).toBeTruthy();

  const issues = (await (await api.get(`/api/v1/negotiations/${demo?.id}/issues`)).json()) as { data: { id: string; status: string }[] };
  check("/negotiations/{negotiationId}/issues", issues);
  const issue = issues.data[0];
  expect(issue).toBeTruthy();
  const filtered = (await (await api.get(`/api/v1/negotiations/${demo?.id}/issues?status=${issue?.status}`)).json()) as { data: { status: string }[] };
  expect(filtered.data.length).toBeGreaterThan(0);
  expect(filtered.data.every((row) => row.status === issue?.status)).toBe(true);

  check("/issues/{issueId}", await (await api.get(`/api/v1/issues/${issue?.id}`)).json());
  const timeline = await api.get(`/api/v1/issues/${issue?.id}/timeline?limit=1&order=oldest`);
  expect(timeline.status()).toBe(200);
  check("/issues/{issueId}/timeline", await timeline.json());
  const changes = await api.get(`/api/v1/issues/${issue?.id}/updates?updated_since=2000-01-01T00:00:00Z`);
  check("/issues/{issueId}/updates", await changes.json());

  expect((await errorShape(api, "/api/v1/issues/no-such-issue", 404, document)).code).toBe("NOT_FOUND");
  expect((await errorShape(api, `/api/v1/negotiations/${demo?.id}/issues?status=NOPE`, 422, document)).code).toBe("INVALID_INPUT");
  expect((await errorShape(anonymous, "/api/v1/negotiations", 401, document)).code).toBe("UNAUTHENTICATED");
  expect((await errorShape(api, "/api/v1/no-such-endpoint", 404, document)).code).toBe("NOT_FOUND");

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(name) })).not.toContainText("never");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Revoke token ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  expect((await errorShape(api, "/api/v1/negotiations", 401, document)).code).toBe("UNAUTHENTICATED");
  await api.dispose();
  await anonymous.dispose();
});

test("the API reference page renders the document", async ({ page }) => {
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/v1/issues/{issueId}/updates" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "DeletedUpdate" })).toBeVisible();
});
