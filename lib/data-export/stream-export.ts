import "server-only";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportScope } from "@/lib/data-export/document-schema";
import {
  auditRecord,
  issueRecord,
  negotiationRecord,
  positionExportInclude,
  positionRecord,
  shareLinkRecord,
  sourceRecord,
} from "@/lib/data-export/export-rows";
import { updateJsonPages } from "@/lib/data-export/update-json-rows";
import { db } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** Rows read per query: the export holds one page in memory, never the whole table. */
const PAGE = 500;

/** Pages through a table in id order, PAGE rows at a time. */
async function* byId<Row extends { id: string }>(read: (page: { take: number; cursor?: { id: string }; skip?: number }) => Promise<Row[]>) {
  let after: string | undefined;
  for (;;) {
    const rows = await read({ take: PAGE, ...(after ? { cursor: { id: after }, skip: 1 } : {}) });
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows.at(-1)?.id;
  }
}

interface Scoped {
  negotiation: Prisma.NegotiationWhereInput;
  issue: Prisma.IssueWhereInput;
  /** Sources cited in the scope and those they republish; null for the whole workspace. */
  sourceIds: string[] | null;
  personIds: string[] | null;
  audit: Prisma.AuditEventWhereInput;
}

async function scopeOf(client: PrismaClient, scope: ExportScope): Promise<Scoped> {
  if (scope.kind === "workspace") return { negotiation: {}, issue: {}, sourceIds: null, personIds: null, audit: {} };
  const negotiationId = scope.negotiationId;
  const cited = await client.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain(id) AS (
      SELECT us."sourceId" FROM "UpdateSource" us JOIN "Update" u ON u.id = us."updateId" JOIN "Issue" i ON i.id = u."issueId"
        WHERE i."negotiationId" = ${negotiationId}
      UNION
      SELECT ps."sourceId" FROM "PositionSource" ps JOIN "Position" p ON p.id = ps."positionId" JOIN "Issue" i ON i.id = p."issueId"
        WHERE i."negotiationId" = ${negotiationId}
      UNION
      SELECT s."viaId" FROM "Source" s JOIN chain c ON s.id = c.id WHERE s."viaId" IS NOT NULL
    )
    SELECT id FROM chain`;
  const sourceIds = cited.map((row) => row.id);
  const people = await client.$queryRaw<{ id: string }[]>`
    SELECT u."authorId" AS id FROM "Update" u JOIN "Issue" i ON i.id = u."issueId" WHERE i."negotiationId" = ${negotiationId}
    UNION SELECT r."editedById" FROM "UpdateRevision" r JOIN "Update" u ON u.id = r."updateId" JOIN "Issue" i ON i.id = u."issueId" WHERE i."negotiationId" = ${negotiationId}
    UNION SELECT p."authorId" FROM "Position" p JOIN "Issue" i ON i.id = p."issueId" WHERE i."negotiationId" = ${negotiationId}
    UNION SELECT r."editedById" FROM "PositionRevision" r JOIN "Position" p ON p.id = r."positionId" JOIN "Issue" i ON i.id = p."issueId" WHERE i."negotiationId" = ${negotiationId}
    UNION SELECT s."addedById" FROM "Source" s WHERE s.id = ANY(${sourceIds})
    UNION SELECT l."createdById" FROM "ShareLink" l LEFT JOIN "Issue" i ON i.id = l."issueId"
      WHERE l."negotiationId" = ${negotiationId} OR i."negotiationId" = ${negotiationId}`;
  return {
    negotiation: { id: negotiationId },
    issue: { negotiationId },
    sourceIds,
    personIds: people.map((row) => row.id),
    audit: { OR: [{ negotiationId }, { issueId: { in: await issueIdsOf(client, negotiationId) } }] },
  };
}

async function issueIdsOf(client: PrismaClient, negotiationId: string): Promise<string[]> {
  const rows = await client.issue.findMany({ where: { negotiationId }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Audit events have numeric ids; paged the same way. */
async function* auditEvents(client: PrismaClient, where: Prisma.AuditEventWhereInput) {
  let after: bigint | undefined;
  for (;;) {
    const rows = await client.auditEvent.findMany({
      where: { ...where, ...(after !== undefined ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    yield* rows.map(auditRecord);
    if (rows.length < PAGE) return;
    after = rows.at(-1)?.id;
  }
}

function listsOf(client: PrismaClient, scope: ExportScope, scoped: Scoped) {
  const isWorkspace = scope.kind === "workspace";
  const sourceWhere: Prisma.SourceWhereInput = scoped.sourceIds ? { id: { in: scoped.sourceIds } } : {};
  return {
    people: async function* () {
      const where: Prisma.UserWhereInput = scoped.personIds ? { id: { in: scoped.personIds } } : {};
      for await (const user of byId((page) => client.user.findMany({ where, orderBy: { id: "asc" }, ...page })))
        yield isWorkspace ? { id: user.id, name: user.name, email: user.email, role: user.role } : { id: user.id, name: user.name };
    },
    categories: async function* () {
      const where: Prisma.CategoryWhereInput = isWorkspace ? {} : { issues: { some: scoped.issue } };
      for await (const row of byId((page) => client.category.findMany({ where, orderBy: { id: "asc" }, ...page })))
        yield { id: row.id, slug: row.slug, name: row.name };
    },
    outlets: async function* () {
      const where: Prisma.OutletWhereInput = isWorkspace ? {} : { sources: { some: sourceWhere } };
      for await (const row of byId((page) => client.outlet.findMany({ where, orderBy: { id: "asc" }, ...page })))
        yield { id: row.id, name: row.name, affiliation: row.affiliation, owner: row.owner, reliability: row.reliability };
    },
    sources: async function* () {
      for await (const row of byId((page) => client.source.findMany({ where: sourceWhere, orderBy: { id: "asc" }, ...page }))) yield sourceRecord(row);
    },
    negotiations: async function* () {
      for await (const row of byId((page) =>
        client.negotiation.findMany({ where: scoped.negotiation, include: { parties: true }, orderBy: { id: "asc" }, ...page }),
      ))
        yield negotiationRecord(row);
    },
    issues: async function* () {
      for await (const row of byId((page) => client.issue.findMany({ where: scoped.issue, orderBy: { id: "asc" }, ...page }))) yield issueRecord(row);
    },
    // Already JSON text, a page of records at a time: see update-json-rows.ts.
    updates: () => updateJsonPages(client, scope.kind === "negotiation" ? scope.negotiationId : null),
    positions: async function* () {
      const where: Prisma.PositionWhereInput = isWorkspace ? {} : { issue: scoped.issue };
      for await (const row of byId((page) => client.position.findMany({ where, include: positionExportInclude, orderBy: { id: "asc" }, ...page })))
        yield positionRecord(row);
    },
    shareLinks: async function* () {
      const where: Prisma.ShareLinkWhereInput = isWorkspace ? {} : { OR: [{ negotiation: scoped.negotiation }, { issue: scoped.issue }] };
      for await (const row of byId((page) => client.shareLink.findMany({ where, orderBy: { id: "asc" }, ...page }))) yield shareLinkRecord(row);
    },
    auditTrail: () => auditEvents(client, scoped.audit),
  };
}

/**
 * The export document as JSON text, piece by piece: each list is read a page at a time and written
 * as it is read, so memory stays flat however many updates there are. Records are sorted by id and
 * their keys written in a fixed order: exporting the same data twice gives the same text, apart from
 * `exportedAt`. Callers check the permission first (lib/data-export/authorize-export.ts).
 */
export async function* streamExport(scope: ExportScope, exportedAt = new Date(), client: PrismaClient = db()): AsyncGenerator<string> {
  const scoped = await scopeOf(client, scope);
  const lists = listsOf(client, scope, scoped);
  yield `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"scope":${JSON.stringify(scope)}`;
  for (const [key, read] of Object.entries(lists)) {
    yield `,\n${JSON.stringify(key)}:[`;
    let isFirst = true;
    let batch = "";
    for await (const record of read()) {
      batch += (isFirst ? "\n" : ",\n") + (typeof record === "string" ? record : JSON.stringify(record));
      isFirst = false;
      if (batch.length > 64_000) {
        yield batch;
        batch = "";
      }
    }
    yield `${batch}]`;
  }
  yield "}\n";
}
