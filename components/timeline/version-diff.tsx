import { formatDay } from "@/lib/format";
import { statusLabel, type IssueStatus } from "@/lib/statuses";
import type { VersionChanges, WordChange } from "@/lib/updates/version-changes";

/** Added words underlined on green, removed ones struck through on red: never colour alone. */
export function WordDiff({ changes }: { changes: WordChange[] }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">
      {changes.map((change, index) =>
        change.kind === "added" ? (
          <ins key={index} className="rounded-sm bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-2">
            <span className="sr-only">[added: </span>
            {change.text}
            <span className="sr-only">]</span>
          </ins>
        ) : change.kind === "removed" ? (
          <del key={index} className="rounded-sm bg-rose-100 text-rose-950 line-through decoration-rose-700 decoration-2">
            <span className="sr-only">[removed: </span>
            {change.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={index}>{change.text}</span>
        ),
      )}
    </p>
  );
}

/** The changes an edit made to the version before it, as a short list. */
export function VersionDiff({ changes, fromVersion }: { changes: VersionChanges; fromVersion: number }) {
  const statusName = (status: IssueStatus | null) => (status ? statusLabel(status) : "No change");
  return (
    <section className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3" aria-label={`Changes from version ${fromVersion}`}>
      <h3 className="text-sm font-medium text-slate-800">Changes from version {fromVersion}</h3>
      <ul className="mt-2 grid gap-2 text-sm">
        {changes.occurredAt ? (
          <li>
            Date: <del className="line-through">{formatDay(changes.occurredAt.from)}</del> → <ins className="underline">{formatDay(changes.occurredAt.to)}</ins>
          </li>
        ) : null}
        {changes.status ? (
          <li>
            Status: <del className="line-through">{statusName(changes.status.from)}</del> → <ins className="underline">{statusName(changes.status.to)}</ins>
          </li>
        ) : null}
        {changes.sourcesAdded.map((title) => (
          <li key={`added-${title}`}>Source added: {title}</li>
        ))}
        {changes.sourcesRemoved.map((title) => (
          <li key={`removed-${title}`}>Source removed: {title}</li>
        ))}
        {changes.summary ? (
          <li>
            <span className="font-medium">What changed:</span>
            <WordDiff changes={changes.summary} />
          </li>
        ) : null}
        {changes.quotes.map((quote) => (
          <li key={`quote-${quote.title}`}>
            <span className="font-medium">Quote from {quote.title}:</span>
            <WordDiff changes={quote.changes} />
          </li>
        ))}
      </ul>
    </section>
  );
}
