import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { ExportDocument } from "@/lib/data-export/document-schema";
import { checkDocument } from "@/lib/data-import/check-document";
import { loadingProgress, recordCount, type OnImportProgress } from "@/lib/data-import/import-progress";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashToken } from "@/lib/tokens";

export interface ImportSummary {
  negotiations: number;
  issues: number;
  updates: number;
  positions: number;
  sources: number;
  /** Records matched to ones already here (sources by URL, categories and outlets by name, people by e-mail). */
  reused: { people: number; categories: number; outlets: number; sources: number };
}

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 1000;

/** Updates per step: each step writes them with their citations and revisions, then reports progress. */
const UPDATE_STEP = 250;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = CHUNK) {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

const date = (value: string) => new Date(value);
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * Loads an export document in one transaction: all of it or, on any failure, none of it. The file is
 * validated completely first (checkDocument). Negotiations, issues, updates and positions keep their
 * ids, so loading the same file twice is refused (409) instead of doubling the records. Sources are
 * deduplicated by URL as everywhere, categories and outlets by name, people by e-mail; people not
 * found come back as inactive placeholder accounts that keep their names on the records.
 * Share links come back as records only: their tokens were never stored, so their old addresses stay dead.
 * `onProgress` hears when the check starts and ends, then after each step of the load (a step is
 * rolled back with the rest if a later one fails).
 */
export async function importDocument(actor: Actor | null, input: unknown, onProgress?: OnImportProgress): Promise<ImportSummary> {
  assertSignedIn(actor);
  const total = recordCount(input);
  onProgress?.({ phase: "checking", done: 0, total });
  const document = checkDocument(input);
  assertCan(actor, document.scope.kind === "workspace" ? "workspace.import" : "negotiation.import");
  onProgress?.({ phase: "checking", done: total, total });
  return loadDocument(document, actor.id, db(), onProgress);
}

function assertSignedIn(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
}

/** For `npm run restore` (no signed-in person) and importDocument once permitted. */
export async function loadDocument(
  document: ExportDocument,
  actorId: string | null,
  client: PrismaClient = db(),
  onProgress?: OnImportProgress,
): Promise<ImportSummary> {
  return client.$transaction((tx) => write(tx, document, actorId, loadingProgress(document, onProgress)), { timeout: 30 * 60_000, maxWait: 30_000 });
}

async function refuseExisting(tx: Tx, document: ExportDocument) {
  const ids = document.negotiations.map((negotiation) => negotiation.id);
  const slugs = document.negotiations.map((negotiation) => negotiation.slug);
  const clash = await tx.negotiation.findFirst({ where: { OR: [{ id: { in: ids } }, { slug: { in: slugs } }] }, select: { title: true } });
  if (clash) throw new AppError("CONFLICT", `The negotiation “${clash.title}” is already here (same id or address); nothing was imported.`);
  const issue = await tx.issue.findFirst({ where: { id: { in: document.issues.map((row) => row.id) } }, select: { title: true } });
  if (issue) throw new AppError("CONFLICT", `The issue “${issue.title}” is already here; nothing was imported.`);
  const update = await tx.update.findFirst({ where: { id: { in: document.updates.map((row) => row.id) } }, select: { id: true } });
  if (update) throw new AppError("CONFLICT", `The update ${update.id} is already here; nothing was imported.`);
}

async function write(tx: Tx, document: ExportDocument, actorId: string | null, progress: ReturnType<typeof loadingProgress>): Promise<ImportSummary> {
  await refuseExisting(tx, document);
  const reused = { people: 0, categories: 0, outlets: 0, sources: 0 };

  // Accounts (e-mail, role) come only from a workspace file, which only admins may load; a
  // negotiation file cannot create an account with a role or claim someone's address.
  const isWorkspace = document.scope.kind === "workspace";
  const personId = new Map<string, string>();
  for (const person of document.people) {
    const email = isWorkspace ? person.email : undefined;
    const found = await tx.user.findFirst({ where: { OR: [{ id: person.id }, ...(email ? [{ email }] : [])] }, select: { id: true } });
    if (found) {
      personId.set(person.id, found.id);
      reused.people++;
      continue;
    }
    await tx.user.create({
      data: {
        id: person.id,
        name: person.name,
        email: email ?? `imported-${person.id}@users.invalid`,
        role: (isWorkspace ? person.role : undefined) ?? "VIEWER",
        isActive: email !== undefined,
      },
    });
    personId.set(person.id, person.id);
  }
  progress.add(document.people.length);
  const person = (id: string) => personId.get(id) ?? id;

  const categoryId = new Map<string, string>();
  for (const category of document.categories) {
    const found = await tx.category.findFirst({ where: { OR: [{ id: category.id }, { slug: category.slug }, { name: category.name }] }, select: { id: true } });
    if (found) reused.categories++;
    else await tx.category.create({ data: category });
    categoryId.set(category.id, found?.id ?? category.id);
  }
  progress.add(document.categories.length);

  const outletId = new Map<string, string>();
  for (const outlet of document.outlets) {
    const found = await tx.outlet.findFirst({ where: { OR: [{ id: outlet.id }, { name: outlet.name }] }, select: { id: true } });
    if (found) reused.outlets++;
    else await tx.outlet.create({ data: outlet });
    outletId.set(outlet.id, found?.id ?? outlet.id);
  }
  progress.add(document.outlets.length);

  const sourceId = new Map<string, string>();
  const existingSources = new Map<string, string>();
  await inChunks(document.sources, async (chunk) => {
    const rows = await tx.source.findMany({
      where: { OR: [{ id: { in: chunk.map((s) => s.id) } }, { url: { in: chunk.map((s) => s.url) } }] },
      select: { id: true, url: true },
    });
    for (const row of rows) existingSources.set(row.url, row.id).set(`id:${row.id}`, row.id);
  });
  const newSources = document.sources.filter((source) => {
    const found = existingSources.get(source.url) ?? existingSources.get(`id:${source.id}`);
    sourceId.set(source.id, found ?? source.id);
    if (found) reused.sources++;
    return !found;
  });
  const source = (id: string) => sourceId.get(id) ?? id;
  await inChunks(newSources, (chunk) =>
    tx.source.createMany({
      data: chunk.map((row) => ({
        id: row.id,
        url: row.url,
        title: row.title,
        kind: row.kind,
        outletId: row.outletId === null ? null : (outletId.get(row.outletId) ?? row.outletId),
        author: row.author,
        publishedAt: dateOrNull(row.publishedAt),
        language: row.language,
        addedById: person(row.addedById),
        createdAt: date(row.createdAt),
      })),
    }),
  );
  // Republication chains may point either way within the file: link them once every source exists.
  for (const row of newSources) if (row.viaId) await tx.source.update({ where: { id: row.id }, data: { viaId: source(row.viaId) } });
  progress.add(document.sources.length);

  for (const negotiation of document.negotiations) {
    await tx.negotiation.create({
      data: {
        id: negotiation.id,
        slug: negotiation.slug,
        title: negotiation.title,
        description: negotiation.description,
        createdAt: date(negotiation.createdAt),
        updatedAt: date(negotiation.updatedAt),
        parties: {
          create: negotiation.parties.map((party) => ({
            id: party.id,
            name: party.name,
            description: party.description,
            position: party.position,
            deletedAt: dateOrNull(party.deletedAt),
          })),
        },
      },
    });
    progress.add(1);
  }

  await inChunks(document.issues, async (chunk) => {
    await tx.issue.createMany({
      data: chunk.map((issue) => ({
        ...issue,
        categoryId: categoryId.get(issue.categoryId) ?? issue.categoryId,
        lastUpdateAt: dateOrNull(issue.lastUpdateAt),
        createdAt: date(issue.createdAt),
        updatedAt: date(issue.updatedAt),
      })),
    });
    progress.add(chunk.length);
  });

  const revisionSources = (list: { sourceId: string; title: string; quote: string | null }[]) =>
    list.map((item) => ({ ...item, sourceId: source(item.sourceId) }));
  await inChunks(
    document.updates,
    async (chunk) => {
      await tx.update.createMany({
        data: chunk.map((update) => ({
          id: update.id,
          issueId: update.issueId,
          authorId: person(update.authorId),
          occurredAt: date(update.occurredAt),
          loggedAt: date(update.loggedAt),
          summary: update.summary,
          fromStatus: update.fromStatus,
          toStatus: update.toStatus,
          editedAt: dateOrNull(update.editedAt),
          deletedAt: dateOrNull(update.deletedAt),
        })),
      });
      const citations = chunk.flatMap((update) => update.sources.map((cited) => ({ updateId: update.id, ...cited, sourceId: source(cited.sourceId) })));
      await inChunks(citations, (rows) => tx.updateSource.createMany({ data: rows }));
      const revisions = chunk.flatMap((update) =>
        update.revisions.map((revision) => ({
          ...revision,
          updateId: update.id,
          occurredAt: date(revision.occurredAt),
          replacedAt: date(revision.replacedAt),
          editedById: person(revision.editedById),
          sources: revisionSources(revision.sources),
        })),
      );
      await inChunks(revisions, (rows) => tx.updateRevision.createMany({ data: rows }));
      progress.add(chunk.length);
    },
    UPDATE_STEP,
  );

  await inChunks(document.positions, async (chunk) => {
    await tx.position.createMany({
      data: chunk.map((position) => ({
        id: position.id,
        issueId: position.issueId,
        partyId: position.partyId,
        authorId: person(position.authorId),
        stance: position.stance,
        statement: position.statement,
        statedAt: date(position.statedAt),
        loggedAt: date(position.loggedAt),
        editedAt: dateOrNull(position.editedAt),
        deletedAt: dateOrNull(position.deletedAt),
      })),
    });
    await tx.positionSource.createMany({
      data: chunk.flatMap((position) => position.sources.map((cited) => ({ positionId: position.id, ...cited, sourceId: source(cited.sourceId) }))),
    });
    await tx.positionRevision.createMany({
      data: chunk.flatMap((position) =>
        position.revisions.map((revision) => ({
          ...revision,
          positionId: position.id,
          statedAt: date(revision.statedAt),
          replacedAt: date(revision.replacedAt),
          editedById: person(revision.editedById),
          sources: revisionSources(revision.sources),
        })),
      ),
    });
    progress.add(chunk.length);
  });

  await inChunks(document.shareLinks, async (chunk) => {
    await tx.shareLink.createMany({
      data: chunk.map((link) => ({
        ...link,
        // The token was never stored; a fresh random hash keeps the record while no address opens it.
        tokenHash: hashToken(randomBytes(32).toString("base64url")),
        createdById: person(link.createdById),
        snapshotAt: dateOrNull(link.snapshotAt),
        expiresAt: dateOrNull(link.expiresAt),
        revokedAt: dateOrNull(link.revokedAt),
        createdAt: date(link.createdAt),
      })),
    });
    progress.add(chunk.length);
  });

  const summary: ImportSummary = {
    negotiations: document.negotiations.length,
    issues: document.issues.length,
    updates: document.updates.length,
    positions: document.positions.length,
    sources: document.sources.length,
    reused,
  };
  const only = document.scope.kind === "negotiation" ? document.negotiations[0] : undefined;
  await recordAudit(tx, {
    actorId,
    action: "data.import",
    entityType: only ? "negotiation" : "workspace",
    entityId: only?.id ?? "workspace",
    negotiationId: only?.id ?? null,
    after: { what: only ? `the negotiation “${only.title}”` : "a workspace export", exportedAt: document.exportedAt, ...summary },
  });
  return summary;
}
