import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { formatDay } from "@/lib/format";
import { OutletGrade } from "@/components/sources/outlet-grade";
import { SourceChecksSection } from "@/components/sources/source-checks-section";
import { getSourceChecks } from "@/lib/sources/checks/queries";
import { getSource, getSourceCitations } from "@/lib/sources/queries";
import { AFFILIATION_LABELS, SOURCE_KIND_LABELS } from "@/lib/validation/source";
import { paths } from "@/lib/paths";

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const { id } = await params;
  const [source, citations, checks] = await Promise.all([getSource(id), getSourceCitations(id), getSourceChecks(id)]);
  if (!source) notFound();
  const facts: [string, string][] = [
    [
      "Outlet",
      source.outlet ? `${source.outlet.name} — ${AFFILIATION_LABELS[source.outlet.affiliation]}${source.outlet.owner ? ` (${source.outlet.owner})` : ""}` : "—",
    ],
    ["Kind", SOURCE_KIND_LABELS[source.kind]],
    ["Author", source.author ?? "—"],
    ["Published", source.publishedAt ? formatDay(source.publishedAt) : "—"],
    ["Language", source.language ?? "—"],
    ["Added by", source.addedBy.name],
  ];
  return (
    <>
      <PageHeader
        title={source.title}
        crumbs={[{ href: paths.sources(), label: "Sources" }]}
        actions={
          can(actor.role, "source.edit") ? (
            <ButtonLink href={paths.editSource(source.id)} variant="secondary">
              Edit source
            </ButtonLink>
          ) : null
        }
      >
        <p className="mt-2 break-all text-sm">
          <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
            {source.url} ↗
          </a>
        </p>
      </PageHeader>
      <div className="grid gap-6 md:grid-cols-[1fr_2fr]">
        <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="details-heading" className="mb-2 font-semibold">
            Details
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <h2 className="mb-2 mt-4 font-semibold">Publisher chain</h2>
          <ol className="grid gap-1 text-sm" aria-label="Publisher chain, this source first">
            <li>
              <strong>{source.outlet?.name ?? "This source"}</strong>
              {source.outlet ? <span className="text-slate-500"> ({AFFILIATION_LABELS[source.outlet.affiliation]})</span> : null}
            </li>
            {source.chain.map((via) => (
              <li key={via.id}>
                ↳ written from <Link href={paths.source(via.id)}>{via.outlet?.name ?? via.title}</Link>
                {via.outlet ? <span className="text-slate-500"> ({AFFILIATION_LABELS[via.outlet.affiliation]})</span> : null}
              </li>
            ))}
          </ol>
          {source.republishedBy.length > 0 ? (
            <>
              <h2 className="mb-2 mt-4 font-semibold">Republished by</h2>
              <ul className="grid gap-1 text-sm">
                {source.republishedBy.map((copy) => (
                  <li key={copy.id}>
                    <Link href={paths.source(copy.id)}>{copy.outlet?.name ?? copy.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {source.outlet ? <OutletGrade outlet={source.outlet} sourceId={source.id} canGrade={can(actor.role, "source.edit")} /> : null}
        </section>
        <section aria-labelledby="citations-heading">
          <h2 id="citations-heading" className="mb-2 text-lg font-semibold">
            Cited in {citations.length} {citations.length === 1 ? "update" : "updates"}
          </h2>
          <ul className="grid gap-3">
            {citations.map(({ update, quote }) => (
              <li key={update.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={paths.issueOf(update.issue)} className="font-medium">
                    {update.issue.title}
                  </Link>
                  <span className="text-slate-500">
                    {formatDay(update.occurredAt)} · {update.author.name}
                  </span>
                  {update.toStatus ? <StatusBadge status={update.toStatus} size="sm" /> : null}
                </p>
                <p className="mt-1 line-clamp-3 text-slate-700">{update.summary.replace(/[*_`#>]/g, "")}</p>
                {quote ? <blockquote className="mt-1 border-l-4 border-slate-300 pl-2 italic">“{quote}”</blockquote> : null}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <SourceChecksSection sourceId={source.id} sourceLabel={source.outlet?.name ?? source.title} data={checks} canCheck={can(actor.role, "source.edit")} />
      </div>
    </>
  );
}
