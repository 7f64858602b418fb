import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

export const ACTIVITY_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

export interface ActivityEvent {
  /** The event's id (a bigint in the database) as a string, safe to render and to put in a URL. */
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  issueId: string | null;
  negotiationId: string | null;
  before: unknown;
  after: unknown;
  /** Null for events without a person behind them ("System"). */
  actor: { id: string; name: string } | null;
  /** The issue the event belongs to, for links from the workspace view; null when none (or gone). */
  issue: { id: string; slug: string; title: string; negotiation: { slug: string; title: string } } | null;
  /** The negotiation of an event that is not about one issue (e.g. "created the negotiation"). */
  negotiation: { id: string; slug: string; title: string } | null;
}

export interface ActivityPage {
  events: ActivityEvent[];
  /** Pass as `before` to get the next (older) page; undefined on the last page. */
  nextCursor?: string;
}

/** An event id from a URL, or undefined when it is not one (a bad cursor shows the first page). */
export function parseCursor(value: string | undefined): bigint | undefined {
  if (!value || !/^\d{1,19}$/.test(value)) return undefined;
  const id = BigInt(value);
  // Beyond PostgreSQL's bigint the query itself would fail.
  return id <= 9223372036854775807n ? id : undefined;
}

/**
 * Email addresses in user and invitation events are for those who manage users; everyone else reads
 * the same trail with names only.
 */
function withoutEmail(snapshot: unknown): unknown {
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot) || !("email" in snapshot)) return snapshot;
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => key !== "email"));
}

/**
 * The audit trail newest first, keyset-paged on the event id (ids only grow), for one issue or the
 * whole workspace. Three queries whatever the page size: the events with their actors, then the
 * issues and negotiations they refer to.
 */
export async function listAuditEvents(viewer: Actor, options: { issueId?: string; before?: string; limit?: number } = {}): Promise<ActivityPage> {
  const seesEmails = can(viewer.role, "user.manage");
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(options.limit ?? ACTIVITY_PAGE_SIZE)));
  const cursor = parseCursor(options.before);
  const rows = await db().auditEvent.findMany({
    where: {
      ...(options.issueId ? { issueId: options.issueId } : {}),
      ...(cursor !== undefined ? { id: { lt: cursor } } : {}),
      // Sign-in attempts carry typed emails and addresses: audit-only, not for every reader.
      NOT: { action: { startsWith: "auth." } },
    },
    include: { actor: { select: { id: true, name: true } } },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;

  const issueIds = [...new Set(page.flatMap((row) => (row.issueId ? [row.issueId] : [])))];
  const negotiationIds = [...new Set(page.flatMap((row) => (!row.issueId && row.negotiationId ? [row.negotiationId] : [])))];
  const [issues, negotiations] = await Promise.all([
    issueIds.length > 0
      ? db().issue.findMany({
          where: { id: { in: issueIds } },
          select: { id: true, slug: true, title: true, negotiation: { select: { slug: true, title: true } } },
        })
      : [],
    negotiationIds.length > 0 ? db().negotiation.findMany({ where: { id: { in: negotiationIds } }, select: { id: true, slug: true, title: true } }) : [],
  ]);
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const negotiationById = new Map(negotiations.map((negotiation) => [negotiation.id, negotiation]));

  const events = page.map((row): ActivityEvent => ({
    id: row.id.toString(),
    at: row.at,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    issueId: row.issueId,
    negotiationId: row.negotiationId,
    before: seesEmails ? row.before : withoutEmail(row.before),
    after: seesEmails ? row.after : withoutEmail(row.after),
    actor: row.actor,
    issue: (row.issueId && issueById.get(row.issueId)) || null,
    negotiation: (!row.issueId && row.negotiationId && negotiationById.get(row.negotiationId)) || null,
  }));
  const last = events.at(-1);
  return { events, nextCursor: hasMore && last ? last.id : undefined };
}
