import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { VersionDiff } from "@/components/timeline/version-diff";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { formatDay } from "@/lib/format";
import { paths } from "@/lib/paths";
import { getUpdateHistory, versionsOf } from "@/lib/timeline/update-history";
import { hasChanges, versionChanges } from "@/lib/updates/version-changes";
import { LocalDateTime } from "@/components/local-date-time";

interface Props {
  params: Promise<{ slug: string; issueSlug: string; updateId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { updateId } = await params;
  const history = await getUpdateHistory(updateId);
  return { title: history ? `History of an update: ${history.update.issue.title}` : "Not found" };
}

/** Every version of one update, newest first; readable by everyone signed in. */
export default async function UpdateHistoryPage({ params }: Props) {
  await requireActorOrRedirect();
  const { slug, issueSlug, updateId } = await params;
  const history = await getUpdateHistory(updateId);
  if (!history || history.update.issue.slug !== issueSlug || history.update.issue.negotiation.slug !== slug) notFound();
  const { update } = history;
  const path = paths.issueOf(update.issue);
  const versions = versionsOf(history);
  return (
    <>
      <PageHeader
        title={`History of the update from ${formatDay(update.occurredAt)}`}
        crumbs={[
          { href: paths.negotiation(slug), label: update.issue.negotiation.title },
          { href: path, label: update.issue.title },
        ]}
      >
        <p className="mt-2 text-sm text-slate-600">
          Logged by {update.author.name} on <LocalDateTime value={update.loggedAt} />.{" "}
          {versions.length === 1 ? "It has not been edited." : `${versions.length} versions, newest first.`}
        </p>
        {update.deletedAt ? (
          <p role="status" className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            This update was deleted on <LocalDateTime value={update.deletedAt} />: it is no longer on the timeline.
          </p>
        ) : null}
      </PageHeader>
      <ol className="grid max-w-3xl gap-4">
        {versions.map((version, index) => {
          // Newest first: the version this one replaced is the next in the list.
          const previous = versions[index + 1];
          const changes = previous ? versionChanges(previous, version) : null;
          return (
            <li key={version.version}>
              <article
                aria-label={version.isCurrent ? "Current version" : `Version ${version.version}`}
                className={`rounded-lg border bg-white p-4 shadow-sm ${version.isCurrent ? "border-slate-400" : "border-slate-200"}`}
              >
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-base font-semibold">
                    {version.isCurrent ? (update.deletedAt ? "Last version" : "Current version") : `Version ${version.version}`}
                  </h2>
                  <p className="text-sm text-slate-600">
                    {version.version === 1 ? "Logged" : "Edited"} by {version.writtenBy} on <LocalDateTime value={version.writtenAt} />
                  </p>
                </header>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-medium text-slate-700">Happened</dt>
                  <dd>
                    <time dateTime={version.occurredAt.toISOString()}>{formatDay(version.occurredAt)}</time>
                  </dd>
                  <dt className="font-medium text-slate-700">Status</dt>
                  <dd>{version.toStatus ? <StatusBadge status={version.toStatus} size="sm" /> : <span className="text-slate-500">No change</span>}</dd>
                </dl>
                {changes && previous ? (
                  hasChanges(changes) ? (
                    <VersionDiff changes={changes} fromVersion={previous.version} />
                  ) : (
                    <p className="mt-3 text-sm text-slate-600">Saved without changes from version {previous.version}.</p>
                  )
                ) : null}
                <div className="mt-3">
                  <Markdown>{version.summary}</Markdown>
                </div>
                {version.sources.length > 0 ? (
                  <section className="mt-3">
                    <h3 className="text-sm font-medium text-slate-700">Sources</h3>
                    <ul className="mt-1 grid gap-2">
                      {version.sources.map((source) => (
                        <li key={source.sourceId} className="rounded-md border border-slate-200 bg-slate-50 p-2 text-sm">
                          <Link href={paths.source(source.sourceId)}>{source.title}</Link>
                          {source.quote ? (
                            <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 italic text-slate-700">“{source.quote}”</blockquote>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </section>
                ) : (
                  <p className="mt-3 text-sm text-slate-500">No sources cited.</p>
                )}
              </article>
            </li>
          );
        })}
      </ol>
      <p className="mt-6 text-sm">
        <Link href={path}>← Back to {update.issue.title}</Link>
      </p>
    </>
  );
}
