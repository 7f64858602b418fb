import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { ChangeDigest, DigestEntry, IssueChanges } from "@/lib/changes/digest";
import { formatUtc } from "@/lib/changes/markdown";
import { formatDay } from "@/lib/format";

const KIND_LABEL: Record<DigestEntry["kind"], string> = { new: "New update", edited: "Edited", deleted: "Deleted" };
const KIND_STYLE: Record<DigestEntry["kind"], string> = {
  new: "bg-sky-50 text-sky-900 ring-sky-300",
  edited: "bg-amber-50 text-amber-900 ring-amber-300",
  deleted: "bg-rose-50 text-rose-900 ring-rose-300",
};

interface Links {
  issue: (issueSlug: string) => string;
  history: (issueSlug: string, updateId: string) => string;
}

/** One line of counts: "2 status changes, 1 new issue, 3 new updates, …" (zero counts left out). */
export function digestSummary(counts: ChangeDigest["counts"]): string {
  const parts = [
    [counts.statusChanges, "status change", "status changes"],
    [counts.newIssues, "new issue", "new issues"],
    [counts.newUpdates, "new update", "new updates"],
    [counts.edits, "edit", "edits"],
    [counts.deletions, "deletion", "deletions"],
    [counts.newSources, "new source", "new sources"],
  ] as const;
  const text = parts.filter(([count]) => count > 0).map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  return text.length ? text.join(", ") : "Nothing changed";
}

export function ChangeDigestView({ digest, links }: { digest: ChangeDigest; links: Links }) {
  if (digest.issues.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
        Nothing changed between {formatUtc(digest.from)} and {formatUtc(digest.to)}.
      </p>
    );
  }
  return (
    <div className="grid gap-4">
      {digest.issues.map((issue) => (
        <IssueGroup key={issue.issueId} issue={issue} links={links} />
      ))}
    </div>
  );
}

function IssueGroup({ issue, links }: { issue: IssueChanges; links: Links }) {
  const headingId = `changes-${issue.issueId}`;
  return (
    // min-w-0: as a grid item the group would otherwise be as wide as its longest unbreakable word
    // (a pasted source title), and widen a phone's page; narrowed, break-words wraps that word.
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        <Link href={links.issue(issue.slug)}>{issue.title}</Link>
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        {issue.isNew ? (
          <>
            <span className="font-semibold">New issue</span>, status <StatusBadge status={issue.statusAtTo} size="sm" />
          </>
        ) : issue.isStatusChanged && issue.statusAtFrom ? (
          <>
            <span className="font-semibold">Status changed:</span>
            <StatusBadge status={issue.statusAtFrom} size="sm" />
            <span aria-hidden>→</span>
            <span className="sr-only">to</span>
            <StatusBadge status={issue.statusAtTo} size="sm" />
          </>
        ) : (
          <>
            Status unchanged: <StatusBadge status={issue.statusAtTo} size="sm" />
          </>
        )}
      </div>
      {issue.entries.length > 0 ? (
        <ul className="mt-3 grid gap-3">
          {issue.entries.map((entry) => (
            <li key={`${entry.kind}-${entry.updateId}`} className="border-l-2 border-slate-200 pl-3">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${KIND_STYLE[entry.kind]}`}>{KIND_LABEL[entry.kind]}</span>
                <span>{formatDay(entry.occurredAt)}</span>
                {entry.statusChange ? (
                  <span className="text-slate-700">
                    status {entry.statusChange.from === entry.statusChange.to ? "stays" : "moves"} to <StatusBadge status={entry.statusChange.to} size="sm" />
                  </span>
                ) : null}
                {entry.author ? <span className="text-slate-600">by {entry.author}</span> : null}
                <span className="text-slate-600">
                  {entry.kind === "deleted" ? "deleted" : entry.kind === "edited" ? "edited" : "logged"} {formatUtc(entry.changedAt)}
                </span>
              </p>
              <p className={`mt-1 whitespace-pre-line break-words ${entry.kind === "deleted" ? "text-slate-600 line-through" : ""}`}>
                {entry.kind === "deleted" ? <span className="sr-only">Deleted text: </span> : null}
                {entry.summary}
              </p>
              {entry.before && entry.before.summary !== entry.summary ? (
                <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-600">
                  <span className="font-medium">Before:</span> {entry.before.summary}
                </p>
              ) : null}
              {entry.kind !== "deleted" && (entry.kind === "edited" || entry.editCount > 0) ? (
                <p className="mt-1 text-sm">
                  <Link href={links.history(issue.slug, entry.updateId)}>History of this update</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {issue.newSources.length > 0 ? (
        <div className="mt-3 text-sm">
          <h3 className="font-medium">New sources</h3>
          <ul className="mt-1 list-disc pl-5">
            {issue.newSources.map((source) => (
              <li key={source.id} className="break-words">
                {source.outlet ? `${source.outlet}: ` : ""}
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
