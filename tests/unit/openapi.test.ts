import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/v1/openapi";

const document = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };

/** The route folders under app/api/v1, as OpenAPI path templates. */
function routePaths(dir = path.resolve("app/api/v1"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" && prefix ? [prefix] : [];
    if (entry.name.startsWith("[...") || entry.name === "openapi.json") return [];
    return routePaths(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(\w+)\]$/, "{$1}")}`);
  });
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and describes every API route", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(routePaths().sort());
  });

  it("has every reference it uses among its components", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref!);
  });

  it("documents the write body from the form's schema", () => {
    const post = document.paths["/issues/{issueId}/updates"]?.post as { requestBody: { content: { "application/json": { schema: { properties: object } } } } };
    expect(Object.keys(post.requestBody.content["application/json"].schema.properties)).toEqual(expect.arrayContaining(["summary", "occurredAt", "newStatus"]));
  });
});
