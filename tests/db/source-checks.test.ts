import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { checkSourceForChanges, keepFirstCopies } from "@/lib/sources/checks/check-source";
import { startFixtureServer } from "../support/fixture-server";
import { createActor, createSourceRow, expectAppError, prisma, tag } from "./helpers";

let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
let analyst: Actor;
let viewer: Actor;

const article = (paragraph: string) =>
  `<html><head><title>Talks</title></head><body><nav>Home · World</nav><article><h1>Talks in Florida</h1>
   <p>The delegations met in Hallandale Beach on Sunday and talked for several hours about the framework.</p>
   <p>${paragraph}</p></article><footer>© Outlet</footer></body></html>`;

beforeAll(async () => {
  fixtures = await startFixtureServer();
  // Read by lib/env.ts on the app client's first use, which comes after this.
  process.env.PARLEY_TEST_ONLY_FETCH_LOOPBACK_PORTS = String(fixtures.port);
  analyst = await createActor("ANALYST");
  viewer = await createActor("VIEWER");
});
afterAll(() => fixtures.close());

async function checksOf(sourceId: string) {
  return prisma.sourceCheck.findMany({ where: { sourceId }, orderBy: { checkedAt: "asc" } });
}

describe("source copies and checks", () => {
  it("keeps a first copy once, then records unchanged, changed, moved and gone", async () => {
    const path = `/story-${tag()}`;
    fixtures.set(path, { body: article("Officials described the talks as productive.") });
    const source = await createSourceRow(analyst.id, fixtures.url(path));

    await keepFirstCopies([source.id]);
    await keepFirstCopies([source.id]);
    let checks = await checksOf(source.id);
    expect(checks.map((check) => check.outcome)).toEqual(["CAPTURED"]);
    expect(checks[0]!.text).toContain("Officials described the talks as productive.");
    expect(checks[0]!.text).not.toContain("Home · World");
    expect(checks[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(checks[0]!.checkedById).toBeNull();

    await checkSourceForChanges(analyst, source.id);
    fixtures.set(path, { body: article("Officials described the talks as difficult.") });
    await checkSourceForChanges(analyst, source.id);
    fixtures.set(`${path}-new`, { body: article("Officials described the talks as difficult.") });
    fixtures.set(path, { status: 301, headers: { location: `${path}-new` } });
    await checkSourceForChanges(analyst, source.id);
    fixtures.set(path, { status: 410, body: "gone" });
    await checkSourceForChanges(analyst, source.id);

    checks = await checksOf(source.id);
    expect(checks.map((check) => check.outcome)).toEqual(["CAPTURED", "UNCHANGED", "CHANGED", "MOVED", "GONE"]);
    expect(checks[1]!.text).toBeNull();
    expect(checks[2]!.text).toContain("as difficult");
    expect(checks[3]!.message).toContain(`${path}-new`);
    expect(checks[4]!.httpStatus).toBe(410);
    expect(checks[2]!.checkedById).toBe(analyst.id);

    const audited = await prisma.auditEvent.count({ where: { entityId: source.id, action: "source.check" } });
    expect(audited).toBe(5);
  });

  it("records a refused fetch as a failed check, with the reason", async () => {
    const source = await createSourceRow(analyst.id, `http://169.254.169.254/${tag()}`);
    await keepFirstCopies([source.id]);
    const [check] = await checksOf(source.id);
    expect(check).toMatchObject({ outcome: "FAILED", contentHash: null });
    expect(check!.message).toContain("private or reserved");
  });

  it("lets only analysts check", async () => {
    const source = await createSourceRow(analyst.id);
    await expectAppError(checkSourceForChanges(viewer, source.id), "FORBIDDEN");
    await expectAppError(checkSourceForChanges(null, source.id), "UNAUTHENTICATED");
    expect(await checksOf(source.id)).toEqual([]);
  });
});
