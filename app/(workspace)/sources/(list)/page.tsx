import { requireActorOrRedirect } from "@/lib/auth/actor";
import Link from "next/link";
import { inputClass } from "@/components/forms/field";
import { PageHeader } from "@/components/page-header";
import { formatDay } from "@/lib/format";
import { searchSources } from "@/lib/sources/queries";
import { AFFILIATION_LABELS } from "@/lib/validation/source";
import { paths } from "@/lib/paths";

export const metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requireActorOrRedirect();
  const { q = "", page: pageParam } = await searchParams;
  const page = Math.max(1, Number.parseInt(pageParam ?? "1", 10) || 1);
  const { sources, total, pageCount } = await searchSources(q, page);
  const href = (target: number) => `${paths.sources()}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;
  return (
    <>
      <PageHeader title="Sources">
        <p className="mt-1 text-sm text-slate-600">Every article, statement and post cited in an update. Sources are added while logging updates.</p>
      </PageHeader>
      <form method="get" role="search" className="mb-4 flex max-w-xl gap-2">
        <label htmlFor="source-search" className="sr-only">
          Search sources
        </label>
        <input id="source-search" name="q" type="search" defaultValue={q} placeholder="Title, outlet, author or URL" className={inputClass} />
        <button type="submit" className="mt-1 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">
          Search
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {total} {total === 1 ? "source" : "sources"}
        {q ? ` matching “${q}”` : ""}
      </p>
      <ul className="grid gap-2">
        {sources.map((source) => (
          <li key={source.id} className="rounded-lg border border-slate-200 bg-white p-3 [overflow-wrap:anywhere]">
            <Link href={paths.source(source.id)} className="font-medium">
              {source.title}
            </Link>
            <p className="mt-1 text-sm text-slate-600">
              {source.outlet ? `${source.outlet.name} (${AFFILIATION_LABELS[source.outlet.affiliation]})` : "No outlet"}
              {source.publishedAt ? ` · ${formatDay(source.publishedAt)}` : ""}
              {` · cited ${source._count.citations}×`}
              {source.via ? ` · via ${source.via.outlet?.name ?? source.via.title}` : ""}
            </p>
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav aria-label="Source pages" className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? <Link href={href(page - 1)}>← Previous</Link> : <span />}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={href(page + 1)}>Next →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
