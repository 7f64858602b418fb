import { PageHeader } from "@/components/page-header";
import { openApiDocument } from "@/lib/api/v1/openapi";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { paths } from "@/lib/paths";

export const metadata = { title: "API reference" };

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json => (value && typeof value === "object" ? (value as Json) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string => (typeof value === "string" ? value : "");

/** A JSON Schema in a few words: a type, a referenced component, or one of several. */
function typeOf(schema: unknown): string {
  const node = asObject(schema);
  if (typeof node.$ref === "string") return node.$ref.split("/").at(-1) ?? "";
  if (Array.isArray(node.enum)) return node.enum.map(String).join(" | ");
  if (node.const !== undefined) return JSON.stringify(node.const);
  const choices = asArray(node.anyOf ?? node.oneOf);
  if (choices.length > 0) return choices.map(typeOf).join(" | ");
  if (node.type === "array") return `${typeOf(node.items)}[]`;
  if (node.type === "object" && node.additionalProperties) return `map of ${typeOf(node.additionalProperties)}`;
  const format = asText(node.format);
  return `${asText(node.type) || "any"}${format ? ` (${format})` : ""}`;
}

/** The API's OpenAPI document, rendered as plain React text: nothing in it is treated as HTML. */
export default async function ApiDocsPage() {
  await requireActorOrRedirect();
  const document = openApiDocument() as Json;
  const info = asObject(document.info);
  const components = asObject(asObject(document.components).schemas);
  return (
    <>
      <PageHeader title="API reference" />
      <p className="mb-2 max-w-3xl text-sm text-slate-700">{asText(info.description)}</p>
      <p className="mb-6 text-sm">
        Base URL <code>{paths.apiV1()}</code> · machine-readable:{" "}
        <a className="underline" href={paths.apiV1("/openapi.json")}>
          OpenAPI 3.1 document
        </a>{" "}
        · tokens on{" "}
        <a className="underline" href={paths.account()}>
          your account page
        </a>
      </p>
      <h2 className="mb-3 text-lg font-semibold">Endpoints</h2>
      {Object.entries(asObject(document.paths)).map(([path, methods]) =>
        Object.entries(asObject(methods)).map(([method, operation]) => {
          const op = asObject(operation);
          const parameters = asArray(op.parameters).map(asObject);
          return (
            <section
              key={`${method} ${path}`}
              aria-labelledby={`op-${asText(op.operationId)}`}
              className="mb-5 rounded-lg border border-slate-200 bg-white p-4"
            >
              <h3 id={`op-${asText(op.operationId)}`} className="font-mono text-sm font-semibold break-all">
                {method.toUpperCase()} {paths.apiV1(path)}
              </h3>
              <p className="mt-1 text-sm">{asText(op.summary)}</p>
              {op.description ? <p className="mt-1 text-sm text-slate-600">{asText(op.description)}</p> : null}
              {parameters.length > 0 ? (
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {parameters.map((parameter) => (
                    <li key={asText(parameter.name)}>
                      <code>{asText(parameter.name)}</code> ({asText(parameter.in)}, {typeOf(parameter.schema)}){parameter.required ? ", required" : ""}
                      {parameter.description ? ` — ${asText(parameter.description)}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="mt-2 text-sm text-slate-600">
                Answers:{" "}
                {Object.entries(asObject(op.responses))
                  .map(([status, response]) => `${status} ${typeOf(asObject(asObject(asObject(asObject(response).content)["application/json"])).schema)}`)
                  .join(" · ")}
              </p>
            </section>
          );
        }),
      )}
      <h2 className="mt-8 mb-3 text-lg font-semibold">Schemas</h2>
      {Object.entries(components).map(([name, schema]) => {
        const node = asObject(schema);
        const required = new Set(asArray(node.required).map(String));
        const properties = Object.entries(asObject(node.properties));
        return (
          <section key={name} aria-labelledby={`schema-${name}`} className="mb-4">
            <h3 id={`schema-${name}`} className="font-mono text-sm font-semibold">
              {name}
            </h3>
            {node.description ? <p className="text-sm text-slate-600">{asText(node.description)}</p> : null}
            {properties.length > 0 ? (
              <ul className="list-disc pl-5 text-sm">
                {properties.map(([property, value]) => (
                  <li key={property}>
                    <code>{property}</code>: {typeOf(value)}
                    {required.has(property) ? "" : " (optional)"}
                    {asObject(value).description ? ` — ${asText(asObject(value).description)}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm">{typeOf(node)}</p>
            )}
          </section>
        );
      })}
    </>
  );
}
