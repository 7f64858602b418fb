import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { changedFields, describeEvent, fieldName } from "@/lib/audit/describe-event";
import type { ActivityEvent } from "@/lib/audit/queries";
import { paths } from "@/lib/paths";
import { LocalDateTime } from "@/components/local-date-time";

interface Props {
  events: ActivityEvent[];
  /** Link each event to what it is about (issue, negotiation, source): the workspace view. */
  showSubject?: boolean;
  /** URL of the next, older page; none on the last page. */
  olderHref?: string;
  /** URL of the first page, shown when this is not it. */
  newestHref?: string;
}

/** The audit trail as a list, newest first: who did what, when, and the fields it changed. */
export function ActivityList({ events, showSubject = false, olderHref, newestHref }: Props) {
  return (
    <section aria-label="Activity log">
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500">No activity yet.</p>
      ) : (
        <ol aria-label="Activity" className="grid grid-cols-1 gap-3">
          {events.map((event) => (
            <ActivityRow key={event.id} event={event} showSubject={showSubject} />
          ))}
        </ol>
      )}
      {olderHref || newestHref ? (
        <nav aria-label="Activity pages" className="no-print mt-4 flex justify-between text-sm">
          {newestHref ? <Link href={newestHref}>← Newest activity</Link> : <span />}
          {olderHref ? <Link href={olderHref}>Older activity →</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}

function ActivityRow({ event, showSubject }: { event: ActivityEvent; showSubject: boolean }) {
  const { sentence, statusChange } = describeEvent(event);
  const changes = changedFields(event.before, event.after);
  const subject = showSubject ? subjectOf(event) : null;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-testid="activity-event">
      <p>
        <span className="font-medium text-slate-900">{event.actor?.name ?? "System"}</span> {sentence}
      </p>
      {statusChange ? (
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm" aria-label="Status change">
          <StatusBadge status={statusChange.from} size="sm" />
          <span aria-hidden>→</span>
          <span className="sr-only">changed to</span>
          <StatusBadge status={statusChange.to} size="sm" />
        </p>
      ) : null}
      <p className="mt-1 text-sm text-slate-600">
        <LocalDateTime value={event.at} />
        {subject ? (
          <>
            {" · "}
            <Link href={subject.href}>{subject.label}</Link>
            {subject.context ? <span className="text-slate-500"> ({subject.context})</span> : null}
          </>
        ) : null}
      </p>
      {changes.length > 0 ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-slate-600">Before / after</summary>
          <p className="mt-1 text-slate-600">Changed: {changes.map((change) => fieldName(change.field)).join(", ")}</p>
          <div className="mt-2 grid grid-cols-1 gap-2 md:grid-cols-2">
            <div>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Before</p>
              <pre className="mt-1 overflow-x-auto whitespace-pre-wrap wrap-anywhere rounded bg-slate-50 p-2 text-xs">
                {pretty(Object.fromEntries(changes.map((change) => [change.field, change.before])))}
              </pre>
            </div>
            <div>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500">After</p>
              <pre className="mt-1 overflow-x-auto whitespace-pre-wrap wrap-anywhere rounded bg-slate-50 p-2 text-xs">
                {pretty(Object.fromEntries(changes.map((change) => [change.field, change.after])))}
              </pre>
            </div>
          </div>
        </details>
      ) : null}
    </li>
  );
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function subjectOf(event: ActivityEvent): { href: string; label: string; context?: string } | null {
  if (event.issue) {
    return {
      href: paths.issueOf(event.issue),
      label: event.issue.title,
      context: event.issue.negotiation.title,
    };
  }
  if (event.negotiation) return { href: paths.negotiation(event.negotiation), label: event.negotiation.title };
  if (event.entityType === "source") return { href: paths.source(event.entityId), label: "View source" };
  return null;
}
