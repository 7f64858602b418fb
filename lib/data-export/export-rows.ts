import "server-only";
import type { z } from "zod";
import type {
  exportAuditEventSchema,
  exportIssueSchema,
  exportNegotiationSchema,
  exportPositionSchema,
  exportShareLinkSchema,
  exportSourceSchema,
  exportUpdateSchema,
} from "@/lib/data-export/document-schema";
import type { Prisma } from "@/lib/generated/prisma/client";

// Database rows to export records. Keys are written in the schema's order, so equal records are
// equal bytes.

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

interface StoredCitation {
  sourceId?: unknown;
  title?: unknown;
  quote?: unknown;
}

/** Revisions keep their cited sources as JSON; read them defensively, older rows may lack fields. */
function revisionSources(value: Prisma.JsonValue) {
  const list = Array.isArray(value) ? (value as StoredCitation[]) : [];
  return list.map((item) => ({
    sourceId: typeof item.sourceId === "string" ? item.sourceId : "",
    title: typeof item.title === "string" ? item.title : "",
    quote: typeof item.quote === "string" ? item.quote : null,
  }));
}

// The export streams updates as text PostgreSQL builds (update-json-rows.ts); this typed record is
// the reference that text is tested against.
export const updateExportInclude = {
  sources: { orderBy: [{ position: "asc" }, { sourceId: "asc" }] },
  revisions: { orderBy: { version: "asc" } },
} satisfies Prisma.UpdateInclude;

export function updateRecord(row: Prisma.UpdateGetPayload<{ include: typeof updateExportInclude }>): z.infer<typeof exportUpdateSchema> {
  return {
    id: row.id,
    issueId: row.issueId,
    authorId: row.authorId,
    occurredAt: iso(row.occurredAt),
    loggedAt: iso(row.loggedAt),
    summary: row.summary,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    editedAt: isoOrNull(row.editedAt),
    deletedAt: isoOrNull(row.deletedAt),
    sources: row.sources.map((cited) => ({ sourceId: cited.sourceId, quote: cited.quote, position: cited.position, credibility: cited.credibility })),
    revisions: row.revisions.map((revision) => ({
      id: revision.id,
      version: revision.version,
      summary: revision.summary,
      occurredAt: iso(revision.occurredAt),
      toStatus: revision.toStatus,
      sources: revisionSources(revision.sources),
      editedById: revision.editedById,
      replacedAt: iso(revision.replacedAt),
    })),
  };
}

export const positionExportInclude = {
  sources: { orderBy: [{ ordinal: "asc" }, { sourceId: "asc" }] },
  revisions: { orderBy: { version: "asc" } },
} satisfies Prisma.PositionInclude;

export function positionRecord(row: Prisma.PositionGetPayload<{ include: typeof positionExportInclude }>): z.infer<typeof exportPositionSchema> {
  return {
    id: row.id,
    issueId: row.issueId,
    partyId: row.partyId,
    authorId: row.authorId,
    stance: row.stance,
    statement: row.statement,
    statedAt: iso(row.statedAt),
    loggedAt: iso(row.loggedAt),
    editedAt: isoOrNull(row.editedAt),
    deletedAt: isoOrNull(row.deletedAt),
    sources: row.sources.map((cited) => ({ sourceId: cited.sourceId, quote: cited.quote, ordinal: cited.ordinal })),
    revisions: row.revisions.map((revision) => ({
      id: revision.id,
      version: revision.version,
      stance: revision.stance,
      statement: revision.statement,
      statedAt: iso(revision.statedAt),
      sources: revisionSources(revision.sources),
      editedById: revision.editedById,
      replacedAt: iso(revision.replacedAt),
    })),
  };
}

export function negotiationRecord(row: Prisma.NegotiationGetPayload<{ include: { parties: true } }>): z.infer<typeof exportNegotiationSchema> {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    parties: [...row.parties]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((party) => ({ id: party.id, name: party.name, description: party.description, position: party.position, deletedAt: isoOrNull(party.deletedAt) })),
  };
}

export function issueRecord(row: Prisma.IssueGetPayload<object>): z.infer<typeof exportIssueSchema> {
  return {
    id: row.id,
    negotiationId: row.negotiationId,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    categoryId: row.categoryId,
    status: row.status,
    lastUpdateAt: isoOrNull(row.lastUpdateAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function sourceRecord(row: Prisma.SourceGetPayload<object>): z.infer<typeof exportSourceSchema> {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    kind: row.kind,
    outletId: row.outletId,
    author: row.author,
    publishedAt: isoOrNull(row.publishedAt),
    language: row.language,
    viaId: row.viaId,
    addedById: row.addedById,
    createdAt: iso(row.createdAt),
  };
}

export function shareLinkRecord(row: Prisma.ShareLinkGetPayload<object>): z.infer<typeof exportShareLinkSchema> {
  return {
    id: row.id,
    label: row.label,
    issueId: row.issueId,
    negotiationId: row.negotiationId,
    hideAuthors: row.hideAuthors,
    snapshotAt: isoOrNull(row.snapshotAt),
    expiresAt: isoOrNull(row.expiresAt),
    revokedAt: isoOrNull(row.revokedAt),
    createdById: row.createdById,
    createdAt: iso(row.createdAt),
  };
}

export function auditRecord(row: Prisma.AuditEventGetPayload<object>): z.infer<typeof exportAuditEventSchema> {
  return {
    id: row.id.toString(),
    at: iso(row.at),
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    issueId: row.issueId,
    negotiationId: row.negotiationId,
    before: row.before,
    after: row.after,
  };
}
