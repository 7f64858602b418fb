import { exportDocumentSchema, type ExportDocument } from "@/lib/data-export/document-schema";
import { AppError } from "@/lib/errors";

// Validates an export document completely before anything is written: its shape (the export
// schema), then that every reference points at a record in the same file. A failure names the
// first bad record. Pure, no database.

function recordName(document: unknown, path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if (typeof list !== "string") return "the document";
  if (typeof index !== "number") return `"${list}"`;
  const record = (document as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
  const id = typeof record?.id === "string" ? ` (id ${record.id})` : "";
  return `${list}[${index}]${id}`;
}

function bad(message: string, field = "file"): never {
  throw new AppError("INVALID_INPUT", message, { [field]: [message] });
}

export function checkDocument(input: unknown): ExportDocument {
  const parsed = exportDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path ?? [];
    const field = path.slice(2).map(String).join(".");
    bad(`This is not a Parley export this server can load: ${recordName(input, path)}${field ? `, field “${field}”` : ""}: ${first?.message ?? "invalid"}.`);
  }
  const document = parsed.data;
  const ids = (list: { id: string }[]) => new Set(list.map((item) => item.id));
  const people = ids(document.people);
  const categories = ids(document.categories);
  const outlets = ids(document.outlets);
  const sources = ids(document.sources);
  const negotiations = ids(document.negotiations);
  const issues = ids(document.issues);
  const parties = new Set(document.negotiations.flatMap((negotiation) => negotiation.parties.map((party) => party.id)));

  const need = (set: Set<string>, value: string | null, list: string, index: number, field: string, what: string) => {
    if (value !== null && !set.has(value))
      bad(`${list}[${index}] (id ${(document[list as "issues"][index] as { id: string }).id}): “${field}” names ${what} ${value}, which is not in the file.`);
  };
  for (const [key, list] of Object.entries({
    people: document.people,
    categories: document.categories,
    outlets: document.outlets,
    sources: document.sources,
    negotiations: document.negotiations,
    issues: document.issues,
    updates: document.updates,
    positions: document.positions,
    shareLinks: document.shareLinks,
  })) {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) bad(`${key}[${index}]: the id ${item.id} appears twice.`);
      seen.add(item.id);
    });
  }
  document.sources.forEach((source, index) => {
    need(outlets, source.outletId, "sources", index, "outletId", "an outlet");
    need(sources, source.viaId, "sources", index, "viaId", "a source");
    need(people, source.addedById, "sources", index, "addedById", "a person");
  });
  document.issues.forEach((issue, index) => {
    need(negotiations, issue.negotiationId, "issues", index, "negotiationId", "a negotiation");
    need(categories, issue.categoryId, "issues", index, "categoryId", "a category");
  });
  document.updates.forEach((update, index) => {
    need(issues, update.issueId, "updates", index, "issueId", "an issue");
    need(people, update.authorId, "updates", index, "authorId", "a person");
    update.sources.forEach((cited) => need(sources, cited.sourceId, "updates", index, "sources.sourceId", "a source"));
    update.revisions.forEach((revision) => need(people, revision.editedById, "updates", index, "revisions.editedById", "a person"));
  });
  document.positions.forEach((position, index) => {
    need(issues, position.issueId, "positions", index, "issueId", "an issue");
    need(parties, position.partyId, "positions", index, "partyId", "a party");
    need(people, position.authorId, "positions", index, "authorId", "a person");
    position.sources.forEach((cited) => need(sources, cited.sourceId, "positions", index, "sources.sourceId", "a source"));
    position.revisions.forEach((revision) => need(people, revision.editedById, "positions", index, "revisions.editedById", "a person"));
  });
  document.shareLinks.forEach((link, index) => {
    need(issues, link.issueId, "shareLinks", index, "issueId", "an issue");
    need(negotiations, link.negotiationId, "shareLinks", index, "negotiationId", "a negotiation");
    need(people, link.createdById, "shareLinks", index, "createdById", "a person");
  });
  return document;
}
