import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WordDiff } from "@/components/diff/word-diff";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { DeletePositionButton } from "@/components/positions/delete-position-button";
import { StanceBadge } from "@/components/positions/stance-badge";
import { StanceStrip } from "@/components/positions/stance-strip";
import { SourceCitation } from "@/components/timeline/source-citation";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDateTime, formatDay } from "@/lib/format";
import { getCellHistory, parseRevisionSources, type CellPosition } from "@/lib/positions/cell-history";
import { stanceLabel } from "@/lib/positions/stances";
import { deletePositionAction } from "../../actions";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ slug: string; issueSlug: string; partyId: string }>;
  searchParams: Promise<{ error?: string }>;
}

const ACTION_ERRORS: Record<string, string> = {
  NOT_FOUND: "That position no longer exists; it may have been deleted already.",
  FORBIDDEN: "You do not have permission to do that.",
  UNAUTHENTICATED: "Please sign in again.",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, issueSlug, partyId } = await params;
  const history = await getCellHistory(slug, issueSlug, partyId);
  return { title: history ? `${history.party.name} on ${history.issue.title}` : "Not found" };
}

/** One party's positions on one issue over time, each compared word by word with the one before. */
export default async function CellHistoryPage({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug, issueSlug, partyId } = await params;
  const query = await searchParams;
  const history = await getCellHistory(slug, issueSlug, partyId);
  if (!history) notFound();
  const { issue, party, positions, deleted } = history;
  const base = paths.negotiation(slug);
  const canEdit = can(actor.role, "position.edit");
  const canDelete = can(actor.role, "position.delete");
  const actionError = typeof query.error === "string" && Object.hasOwn(ACTION_ERRORS, query.error) ? ACTION_ERRORS[query.error] : undefined;
  const newestFirst = [...positions].reverse();
  return (
    <>
      <PageHeader
        title={`${party.name} on ${issue.title}`}
        crumbs={[
          { href: base, label: issue.negotiation.title },
          { href: paths.positions(slug), label: "Positions" },
          { href: paths.issue(slug, issue.slug), label: issue.title },
        ]}
        actions={
          can(actor.role, "position.log") ? (
            <ButtonLink href={paths.newPosition(slug, { issueId: issue.id, partyId: party.id })}>Log a newer position</ButtonLink>
          ) : null
        }
      >
        {issue.summary ? <p className="mt-2 max-w-3xl text-sm text-slate-600">On the table: {issue.summary}</p> : null}
        <p className="mt-2 text-sm text-slate-700">
          {positions.length === 0
            ? "No position logged yet."
            : `${positions.length} ${positions.length === 1 ? "position" : "positions"}, newest first; each is compared with the one before it.`}
        </p>
      </PageHeader>
      {actionError ? (
        <p role="alert" className="mb-4 rounded-md bg-rose-50 p-3 text-sm text-rose-800">
          {actionError}
        </p>
      ) : null}
      {positions.length > 1 ? (
        <section aria-labelledby="strip-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="strip-heading" className="mb-2 text-base font-semibold">
            Stance over time
          </h2>
          <StanceStrip positions={positions} title={`Stance of ${party.name} on ${issue.title} over time`} />
        </section>
      ) : null}
      <ol className="grid max-w-3xl gap-4">
        {newestFirst.map((position, index) => {
          const previous = newestFirst[index + 1];
          const day = formatDay(position.statedAt);
          return (
            <li key={position.id}>
              <article
                aria-label={`Position stated ${day}`}
                className={`rounded-lg border bg-white p-4 shadow-sm ${index === 0 ? "border-slate-400" : "border-slate-200"}`}
              >
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold">
                    <time dateTime={position.statedAt.toISOString()}>{day}</time>
                    <StanceBadge stance={position.stance} size="sm" />
                    {index === 0 ? <span className="text-xs font-normal text-slate-500">current</span> : null}
                  </h2>
                  <div className="flex items-center gap-3">
                    {canEdit ? (
                      <Link href={paths.editPosition(slug, issueSlug, partyId, position.id)} className="text-xs">
                        Edit<span className="sr-only"> position stated {day}</span>
                      </Link>
                    ) : null}
                    {canDelete ? <DeletePositionButton action={deletePositionAction.bind(null, position.id)} label={`Delete position stated ${day}`} /> : null}
                  </div>
                </header>
                <p className="mt-2 text-slate-900">{position.statement}</p>
                {previous ? <ChangeFromPrevious position={position} previous={previous} /> : null}
                <p className="mt-2 text-xs text-slate-500">
                  Logged by {position.author.name} on {formatDateTime(position.loggedAt)}
                  {position.editedAt ? `, edited ${formatDateTime(position.editedAt)}` : ""}.
                </p>
                {position.sources.length > 0 ? (
                  <ul className="mt-3 grid gap-2" aria-label="Sources">
                    {position.sources.map((citation) => (
                      <SourceCitation key={citation.sourceId} citation={citation} sourceHref={(id) => paths.source(id)} />
                    ))}
                  </ul>
                ) : (
                  <p className="mt-3 text-sm text-slate-500">No sources cited.</p>
                )}
                {position.revisions.length > 0 ? <EarlierWordings position={position} /> : null}
              </article>
            </li>
          );
        })}
      </ol>
      {deleted.length > 0 ? (
        <details className="mt-6 max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">Deleted positions ({deleted.length})</summary>
          <ul className="mt-2 grid gap-2 text-sm">
            {deleted.map((position) => (
              <li key={position.id}>
                <StanceBadge stance={position.stance} size="sm" /> {formatDay(position.statedAt)}: {position.statement}{" "}
                <span className="text-slate-500">(deleted {position.deletedAt ? formatDateTime(position.deletedAt) : ""})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="mt-6 text-sm">
        <Link href={paths.positions(slug)}>← Back to the position matrix</Link>
      </p>
    </>
  );
}

function ChangeFromPrevious({ position, previous }: { position: CellPosition; previous: CellPosition }) {
  const movedStance = position.stance !== previous.stance;
  return (
    <section className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3" aria-label={`Change from ${formatDay(previous.statedAt)}`}>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Since {formatDay(previous.statedAt)}</h3>
      <p className="mt-1 text-sm">
        {movedStance ? (
          <>
            Stance moved from <strong>{stanceLabel(previous.stance)}</strong> to <strong>{stanceLabel(position.stance)}</strong>.
          </>
        ) : (
          <>Stance unchanged ({stanceLabel(position.stance)}).</>
        )}
      </p>
      {previous.statement === position.statement ? (
        <p className="mt-1 text-sm text-slate-600">Statement unchanged.</p>
      ) : (
        <WordDiff before={previous.statement} after={position.statement} label={`Statement changes since ${formatDay(previous.statedAt)}`} />
      )}
    </section>
  );
}

/** Corrections of one position: each earlier wording, with what the next version changed. */
function EarlierWordings({ position }: { position: CellPosition }) {
  const versions = [
    ...position.revisions.map((revision) => ({
      version: revision.version,
      stance: revision.stance,
      statement: revision.statement,
      statedAt: revision.statedAt,
      by: revision.editedBy.name,
      at: revision.replacedAt,
      sources: parseRevisionSources(revision.sources),
    })),
  ];
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-slate-700">
        Edited {versions.length} {versions.length === 1 ? "time" : "times"}: earlier wordings
      </summary>
      <ol className="mt-2 grid gap-2">
        {versions.map((version, index) => {
          const next = versions[index + 1] ?? { statement: position.statement, stance: position.stance };
          return (
            <li key={version.version} className="rounded border border-slate-200 p-2">
              <p className="text-xs text-slate-500">
                Version {version.version} ({formatDay(version.statedAt)}, <StanceBadge stance={version.stance} size="sm" />) — replaced by {version.by} on{" "}
                {formatDateTime(version.at)}
              </p>
              <WordDiff before={version.statement} after={next.statement} label={`What version ${version.version + 1} changed`} />
              {version.sources.length > 0 ? (
                <p className="mt-1 text-xs text-slate-500">Sources then: {version.sources.map((source) => source.title).join("; ")}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
