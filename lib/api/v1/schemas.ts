import { z } from "zod";
import { exportDocumentSchema } from "@/lib/data-export/document-schema";
import { IssueStatus } from "@/lib/generated/prisma/enums";

/** The named shapes of the API; the OpenAPI document lists each under components.schemas. */
export const apiRegistry = z.registry<{ id: string }>();

// The response and query shapes of /api/v1. Routes build their answers through these (parse on the
// way out), and the OpenAPI document is generated from them, so the two cannot drift apart.

const timestamp = z.iso.datetime().describe("ISO 8601 moment, UTC");
const calendarDay = z.iso.date().describe("Calendar day the change happened (YYYY-MM-DD)");
const status = z.enum(IssueStatus).register(apiRegistry, { id: "IssueStatus" });

export const apiErrorSchema = z
  .object({
    error: z.string().describe("A sentence fit to show a person"),
    code: z.string().describe("Stable machine-readable code, e.g. UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, INVALID_INPUT, RATE_LIMITED"),
    fieldErrors: z.record(z.string(), z.array(z.string())).describe("Messages per input field (dotted path); empty when not about input"),
  })
  .register(apiRegistry, { id: "Error" });

export const partySchema = z.object({ id: z.string(), name: z.string(), description: z.string() }).register(apiRegistry, { id: "Party" });

export const negotiationSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    parties: z.array(partySchema),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .register(apiRegistry, { id: "Negotiation" });

export const issueSchema = z
  .object({
    id: z.string(),
    negotiationId: z.string(),
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    category: z.object({ id: z.string(), name: z.string() }),
    status,
    lastUpdateAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .register(apiRegistry, { id: "Issue" });

export const citedSourceSchema = z
  .object({ sourceId: z.string(), url: z.string(), title: z.string(), outlet: z.string().nullable(), quote: z.string() })
  .register(apiRegistry, { id: "CitedSource" });

export const updateSchema = z
  .object({
    id: z.string(),
    issueId: z.string(),
    deleted: z.literal(false),
    occurredAt: calendarDay,
    loggedAt: timestamp,
    editedAt: timestamp.nullable(),
    author: z.string(),
    summary: z.string(),
    fromStatus: status.nullable(),
    toStatus: status.nullable(),
    sources: z.array(citedSourceSchema),
  })
  .register(apiRegistry, { id: "Update" });

export const tombstoneSchema = z
  .object({ id: z.string(), issueId: z.string(), deleted: z.literal(true), deletedAt: timestamp })
  .describe("An update deleted since `updated_since`: drop it from your copy.")
  .register(apiRegistry, { id: "DeletedUpdate" });

const page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last one") });

export const negotiationListSchema = z.object({ data: z.array(negotiationSchema) }).register(apiRegistry, { id: "NegotiationList" });
export const issueListSchema = z.object({ data: z.array(issueSchema) }).register(apiRegistry, { id: "IssueList" });
export const timelinePageSchema = page(updateSchema).register(apiRegistry, { id: "TimelinePage" });
export const updateChangesSchema = page(z.union([updateSchema, tombstoneSchema]))
  .extend({ syncedTo: timestamp.describe("Pass as `updated_since` next time to get only later changes") })
  .register(apiRegistry, { id: "UpdateChanges" });

const optionalTimestamp = z.iso.datetime({ offset: true }).optional();

export const issueFilterSchema = z.object({
  status: status.optional(),
  category: z.string().max(200).optional().describe("Category id or name"),
  updated_since: optionalTimestamp.describe("Only issues changed after this moment"),
});

export const timelineQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  order: z.enum(["newest", "oldest"]).default("newest"),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const updateChangesQuerySchema = z.object({
  updated_since: optionalTimestamp.describe("Changes (created, edited, deleted) after this moment; all live updates when absent"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const exportQuerySchema = z.object({
  format: z.enum(["json", "updates.csv", "issues.csv"]).default("json").describe("The JSON document, or a CSV of live updates or of issues"),
  issue: z.string().max(200).optional().describe("With updates.csv: only this issue's timeline"),
});

/** The export document (version 1), the same schema import validates files against. */
export const exportDocumentApiSchema = exportDocumentSchema.register(apiRegistry, { id: "ExportDocument" });

const count = z.int().min(0);
export const importSummarySchema = z
  .object({
    negotiations: count,
    issues: count,
    updates: count,
    positions: count,
    sources: count,
    reused: z
      .object({ people: count, categories: count, outlets: count, sources: count })
      .describe("Records matched to ones already here: sources by URL, categories and outlets by name, people by id (or e-mail, in a workspace file)"),
  })
  .register(apiRegistry, { id: "ImportSummary" });

export const sourceSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string(),
    kind: z.enum(["ARTICLE", "STATEMENT", "SOCIAL_POST", "DOCUMENT", "OTHER"]),
    outlet: z.object({ id: z.string(), name: z.string(), affiliation: z.string() }).nullable(),
    author: z.string().nullable(),
    publishedAt: timestamp.nullable(),
    language: z.string().nullable(),
    viaId: z.string().nullable().describe("The source this one republishes"),
    citations: z.int().min(0).describe("How many updates cite it"),
    createdAt: timestamp,
  })
  .register(apiRegistry, { id: "Source" });

export const sourceListSchema = z
  .object({ data: z.array(sourceSchema), total: z.int().min(0), page: z.int().min(1), pageCount: z.int().min(1) })
  .register(apiRegistry, { id: "SourceList" });

export const sourceQuerySchema = z.object({
  q: z.string().max(200).optional().describe("Words to find in the URL, title, outlet or author"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const partyListSchema = z.object({ data: z.array(partySchema) }).register(apiRegistry, { id: "PartyList" });

export const statusHistorySchema = z
  .object({
    status: status.describe("The issue's status now"),
    data: z.array(
      z.object({
        updateId: z.string(),
        occurredAt: calendarDay,
        loggedAt: timestamp,
        fromStatus: status,
        toStatus: status,
      }),
    ),
  })
  .describe("Every live status change in timeline order, oldest first")
  .register(apiRegistry, { id: "StatusHistory" });
