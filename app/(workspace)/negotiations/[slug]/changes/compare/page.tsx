import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RangeErrors, RangeForm } from "@/components/changes/range-form";
import { StatusComparisonTable } from "@/components/changes/status-comparison-table";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { statusesAt } from "@/lib/changes/digest";
import { formatUtc } from "@/lib/changes/markdown";
import { DEFAULT_DAYS, parseCompareRange, toMomentParam } from "@/lib/changes/range";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const negotiation = await getNegotiationBySlug((await params).slug);
  return { title: negotiation ? `Compare two dates — ${negotiation.title}` : "Not found" };
}

export default async function CompareStatusesPage({ params, searchParams }: Props) {
  await requireActorOrRedirect();
  const { slug } = await params;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  const query = await searchParams;
  const now = new Date();
  const parsed = parseCompareRange(query, now) ?? {
    isValid: true as const,
    range: { a: new Date(now.getTime() - DEFAULT_DAYS * 24 * 60 * 60 * 1000), b: now },
  };
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const fields = parsed.isValid
    ? [
        { name: "a", label: "Date A", value: toMomentParam(parsed.range.a) },
        { name: "b", label: "Date B", value: toMomentParam(parsed.range.b) },
      ]
    : [
        { name: "a", label: "Date A", value: first(query.a) },
        { name: "b", label: "Date B", value: first(query.b) },
      ];
  const rows = parsed.isValid ? await statusesAt({ negotiationId: negotiation.id }, parsed.range.a, parsed.range.b) : [];
  const changed = rows.filter((row) => row.statusAtFrom !== row.statusAtTo).length;
  return (
    <>
      <PageHeader
        title="Compare two dates"
        crumbs={[
          { href: paths.negotiations(), label: "Negotiations" },
          { href: paths.negotiation(slug), label: negotiation.title },
        ]}
        actions={
          parsed.isValid ? (
            <ButtonLink href={paths.changes(slug, { from: toMomentParam(parsed.range.a), to: toMomentParam(parsed.range.b) })} variant="secondary">
              What changed in between
            </ButtonLink>
          ) : null
        }
      />
      {parsed.isValid ? null : <RangeErrors errors={parsed.errors} />}
      <RangeForm action={paths.compareStatuses(slug)} submitLabel="Compare" fields={fields} />
      {parsed.isValid ? (
        <>
          <p className="mb-2">
            {changed} of {rows.length} {rows.length === 1 ? "issue" : "issues"} differ between A ({formatUtc(parsed.range.a)}) and B (
            {formatUtc(parsed.range.b)}).
          </p>
          <p className="mb-4 text-sm text-slate-600">
            Each column is the status as recorded at that moment, re-derived from the timeline as it stood then (like a frozen share link). A bare date means
            the end of that day, in UTC.
          </p>
          {rows.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">No issue existed by date B.</p>
          ) : (
            <StatusComparisonTable rows={rows} labelA="A" labelB="B" issueHref={(issueSlug) => paths.issue(slug, issueSlug)} />
          )}
        </>
      ) : null}
    </>
  );
}
