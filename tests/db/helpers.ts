// Shared setup for the database integration tests (not a test file itself).
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error(
    "The tests in tests/db need a real PostgreSQL, but DATABASE_URL is not set. Run `npm test` " +
      "(it starts a throwaway database, migrates and seeds it) or set DATABASE_URL to a migrated database.",
  );
}

/** The app's connection: the least-privileged app role when the test setup started the database. */
export const databaseUrl: string = url;
/** The schema owner's connection, for what only an owner may do (create databases, tamper). */
export const ownerDatabaseUrl: string = process.env.MIGRATION_DATABASE_URL ?? url;

// lib/env.ts insists on a session secret before db() hands out a client. `npm test` sets one; these
// tests never sign anyone in, so any value does when running vitest directly with a DATABASE_URL.
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");

/** A client of its own for arranging data and asserting on it, independent of the app's db(). */
export const prisma = createPrismaClient(databaseUrl, 3);

/** A client connected as the schema's owner; created on first use. */
let ownerClient: PrismaClient | undefined;
export const ownerPrisma = () => (ownerClient ??= createPrismaClient(ownerDatabaseUrl, 2));

afterAll(async () => {
  await prisma.$disconnect();
  await ownerClient?.$disconnect();
  // The app's client (lib/db/client.ts keeps it on globalThis), if this file's tests created it.
  await (globalThis as { parleyDb?: PrismaClient }).parleyDb?.$disconnect();
});

/** A short unique tag, so every test works on rows of its own. */
export const tag = () => randomUUID().slice(0, 8);

export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function createActor(role: Role): Promise<Actor> {
  const id = tag();
  const user = await prisma.user.create({ data: { email: `${role.toLowerCase()}-${id}@test.parley`, name: `Test ${role} ${id}`, role } });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

export async function createNegotiationRow(title = `Test negotiation ${tag()}`) {
  return prisma.negotiation.create({ data: { slug: `test-${randomUUID()}`, title } });
}

export async function createIssueRow(negotiationId?: string) {
  const negotiation = negotiationId ?? (await createNegotiationRow()).id;
  const id = tag();
  const category = await prisma.category.create({ data: { name: `Test category ${id}`, slug: `test-category-${id}` } });
  return prisma.issue.create({ data: { negotiationId: negotiation, slug: `issue-${id}`, title: `Issue ${id}`, categoryId: category.id } });
}

export async function createSourceRow(addedById: string, url = `https://test-${randomUUID()}.example.org/story`) {
  return prisma.source.create({ data: { url, title: `Source ${url}`, addedById } });
}

/** Row counts of every table a mutation could touch, the audit trail included. */
export async function countAllRows() {
  const [users, negotiations, parties, categories, issues, updates, updateSources, outlets, sources, auditEvents, revisions] = await Promise.all([
    prisma.user.count(),
    prisma.negotiation.count(),
    prisma.party.count(),
    prisma.category.count(),
    prisma.issue.count(),
    prisma.update.count(),
    prisma.updateSource.count(),
    prisma.outlet.count(),
    prisma.source.count(),
    prisma.auditEvent.count(),
    prisma.updateRevision.count(),
  ]);
  return { users, negotiations, parties, categories, issues, updates, updateSources, outlets, sources, auditEvents, revisions };
}

/** Awaits a call that must fail with an AppError of this code. */
export async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}
