import { z } from "zod";

// The export document, version 1: one JSON object whose keys always come in this order, each a list
// sorted by id, so the same records always export to the same bytes (apart from `exportedAt`).
// Import validates a file against this schema completely before it writes anything.

const id = z.string().min(1).max(100);
const moment = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

const STATUSES = ["NOT_DISCUSSED", "UNDER_DISCUSSION", "GAPS_REMAIN", "CONVERGING", "AGREED_IN_PRINCIPLE", "DEADLOCKED", "DROPPED"] as const;
const status = z.enum(STATUSES);

export const exportPersonSchema = z.strictObject({
  id,
  name: text(200),
  /** Only in a workspace export (admins): a restored account can then sign in again (after a password reset). */
  email: z.email().max(320).optional(),
  role: z.enum(["ADMIN", "ANALYST", "VIEWER"]).optional(),
});

export const exportCategorySchema = z.strictObject({ id, slug: text(200).min(1), name: text(200).min(1) });

export const exportOutletSchema = z.strictObject({
  id,
  name: text(300).min(1),
  affiliation: z.enum(["INDEPENDENT", "STATE_CONTROLLED", "STATE_FUNDED", "GOVERNMENT", "AGGREGATOR", "UNKNOWN"]),
  owner: text(300),
  reliability: z.enum(["A", "B", "C", "D", "E", "F"]).nullable(),
});

export const exportSourceSchema = z.strictObject({
  id,
  url: text(2048).min(1),
  title: text(1000),
  kind: z.enum(["ARTICLE", "STATEMENT", "SOCIAL_POST", "DOCUMENT", "OTHER"]),
  outletId: id.nullable(),
  author: text(500).nullable(),
  publishedAt: moment.nullable(),
  language: text(50).nullable(),
  /** The source this one republishes (a republication chain), when it is in the document. */
  viaId: id.nullable(),
  addedById: id,
  createdAt: moment,
});

export const exportPartySchema = z.strictObject({
  id,
  name: text(200).min(1),
  description: text(5000),
  position: z.int(),
  deletedAt: moment.nullable(),
});

export const exportNegotiationSchema = z.strictObject({
  id,
  slug: text(200).min(1),
  title: text(300).min(1),
  description: text(20_000),
  createdAt: moment,
  updatedAt: moment,
  parties: z.array(exportPartySchema),
});

export const exportIssueSchema = z.strictObject({
  id,
  negotiationId: id,
  slug: text(200).min(1),
  title: text(300).min(1),
  summary: text(20_000),
  categoryId: id,
  status,
  lastUpdateAt: moment.nullable(),
  createdAt: moment,
  updatedAt: moment,
});

const citationSchema = z.strictObject({
  sourceId: id,
  quote: text(5000).nullable(),
  position: z.int(),
  credibility: z.int().min(1).max(6).nullable(),
});

const revisionCitationSchema = z.strictObject({ sourceId: id, title: text(1000), quote: text(5000).nullable() });

export const exportUpdateSchema = z.strictObject({
  id,
  issueId: id,
  authorId: id,
  occurredAt: moment,
  loggedAt: moment,
  summary: text(20_000),
  fromStatus: status.nullable(),
  toStatus: status.nullable(),
  editedAt: moment.nullable(),
  /** A soft-deleted update (a tombstone on the timeline) keeps its text here. */
  deletedAt: moment.nullable(),
  sources: z.array(citationSchema),
  /** Every earlier version, oldest first. */
  revisions: z.array(
    z.strictObject({
      id,
      version: z.int().min(1),
      summary: text(20_000),
      occurredAt: moment,
      toStatus: status.nullable(),
      sources: z.array(revisionCitationSchema),
      editedById: id,
      replacedAt: moment,
    }),
  ),
});

const STANCES = ["INSISTS", "SUPPORTS", "CONDITIONAL", "OPPOSES", "RED_LINE", "NO_POSITION"] as const;

export const exportPositionSchema = z.strictObject({
  id,
  issueId: id,
  partyId: id,
  authorId: id,
  stance: z.enum(STANCES),
  statement: text(5000),
  statedAt: moment,
  loggedAt: moment,
  editedAt: moment.nullable(),
  deletedAt: moment.nullable(),
  sources: z.array(z.strictObject({ sourceId: id, quote: text(5000).nullable(), ordinal: z.int() })),
  revisions: z.array(
    z.strictObject({
      id,
      version: z.int().min(1),
      stance: z.enum(STANCES),
      statement: text(5000),
      statedAt: moment,
      sources: z.array(revisionCitationSchema),
      editedById: id,
      replacedAt: moment,
    }),
  ),
});

/** Share links without their token hashes: who shared what, until when, and whether it was revoked. */
export const exportShareLinkSchema = z.strictObject({
  id,
  label: text(300),
  issueId: id.nullable(),
  negotiationId: id.nullable(),
  hideAuthors: z.boolean(),
  snapshotAt: moment.nullable(),
  expiresAt: moment.nullable(),
  revokedAt: moment.nullable(),
  createdById: id,
  createdAt: moment,
});

/** The audit trail is exported for the record; an import records itself instead of replaying it. */
export const exportAuditEventSchema = z.strictObject({
  id: z.string().regex(/^\d+$/),
  at: moment,
  actorId: id.nullable(),
  action: text(100),
  entityType: text(100),
  entityId: text(200),
  issueId: id.nullable(),
  negotiationId: id.nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const EXPORT_FORMAT = "parley-export";
export const EXPORT_VERSION = 1;

export const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: moment,
  scope: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("negotiation"), negotiationId: id }),
    z.strictObject({ kind: z.literal("workspace") }),
  ]),
  people: z.array(exportPersonSchema),
  categories: z.array(exportCategorySchema),
  outlets: z.array(exportOutletSchema),
  sources: z.array(exportSourceSchema),
  negotiations: z.array(exportNegotiationSchema),
  issues: z.array(exportIssueSchema),
  updates: z.array(exportUpdateSchema),
  positions: z.array(exportPositionSchema),
  shareLinks: z.array(exportShareLinkSchema),
  auditTrail: z.array(exportAuditEventSchema),
});

export type ExportDocument = z.infer<typeof exportDocumentSchema>;
export type ExportScope = ExportDocument["scope"];

/** The document's top-level keys in the order they are written. */
export const DOCUMENT_LISTS = [
  "people",
  "categories",
  "outlets",
  "sources",
  "negotiations",
  "issues",
  "updates",
  "positions",
  "shareLinks",
  "auditTrail",
] as const satisfies readonly (keyof ExportDocument)[];
