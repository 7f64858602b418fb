import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults, type LinkedHit } from "@/components/search/search-results";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { timelineCursorFor } from "@/lib/search/entry-location";
import { getSearchFilterOptions } from "@/lib/search/filter-options";
import { search, type SearchHit } from "@/lib/search/search";
import { broadNotice, rawSearchParams, searchHref } from "@/lib/search/search-url";
import { STATUS_SCALE, STATUSES } from "@/lib/statuses";
import { AFFILIATION_LABELS, AFFILIATIONS } from "@/lib/validation/source";
import { firstValues, searchParamsSchema } from "@/lib/validation/search";
import { paths } from "@/lib/paths";

export const metadata: Metadata = { title: "Search" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function hrefOf(hit: SearchHit): Promise<string> {
  const issuePath = paths.issue(String(hit.negotiationSlug), String(hit.issueSlug));
  switch (hit.type) {
    case "update": {
      const after = await timelineCursorFor({ id: hit.id, issueId: hit.issueId ?? "", occurredAt: hit.at ?? new Date(0) });
      return `${searchHref(issuePath, { after })}#update-${hit.id}`;
    }
    case "issue":
      return issuePath;
    case "source":
      return paths.source(hit.id);
    case "negotiation":
      return paths.negotiation(String(hit.negotiationSlug));
  }
}

/** Search across every negotiation, issue, update and source, with the whole state in the URL. */
export default async function SearchPage({ searchParams }: Props) {
  await requireActorOrRedirect();
  const raw = firstValues(await searchParams);
  const parsed = searchParamsSchema.safeParse(raw);
  const options = await getSearchFilterOptions();
  const params = parsed.success ? parsed.data : undefined;
  const { q = "", after, ...filters } = params ?? {};
  const result = params && q.trim() ? await search({ kind: "workspace" }, q, filters, { after }) : undefined;
  const results: LinkedHit[] = result ? await Promise.all(result.hits.map(async (hit) => ({ hit, href: await hrefOf(hit) }))) : [];
  const base = rawSearchParams(raw);
  return (
    <>
      <PageHeader title="Search" />
      <SearchForm
        action={paths.search()}
        q={raw.q ?? ""}
        from={raw.from}
        to={raw.to}
        error={parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message).join(" ")}
        selects={[
          {
            name: "type",
            label: "Kind",
            anyLabel: "Everything",
            value: raw.type,
            options: [
              { value: "update", label: "Updates" },
              { value: "issue", label: "Issues" },
              { value: "source", label: "Sources" },
              { value: "negotiation", label: "Negotiations" },
            ],
          },
          {
            name: "negotiation",
            label: "Negotiation",
            anyLabel: "All negotiations",
            value: raw.negotiation,
            options: options.negotiations.map((n) => ({ value: n.slug, label: n.title })),
          },
          {
            name: "issue",
            label: "Issue",
            anyLabel: "All issues",
            value: raw.issue,
            options: options.issues.map((i) => ({ value: i.id, label: i.title, group: i.negotiation.title })),
          },
          {
            name: "category",
            label: "Category",
            anyLabel: "All categories",
            value: raw.category,
            options: options.categories.map((c) => ({ value: c.slug, label: c.name })),
          },
          {
            name: "status",
            label: "Status changed to",
            anyLabel: "Any status",
            value: raw.status,
            options: STATUSES.map((s) => ({ value: s, label: STATUS_SCALE[s].label })),
          },
          {
            name: "outlet",
            label: "Outlet",
            anyLabel: "All outlets",
            value: raw.outlet,
            options: options.outlets.map((o) => ({ value: o.id, label: o.name })),
          },
          {
            name: "affiliation",
            label: "Outlet affiliation",
            anyLabel: "Any affiliation",
            value: raw.affiliation,
            options: AFFILIATIONS.map((a) => ({ value: a, label: AFFILIATION_LABELS[a] })),
          },
          { name: "author", label: "Logged by", anyLabel: "Anyone", value: raw.author, options: options.authors.map((a) => ({ value: a.id, label: a.name })) },
        ]}
      />
      {result ? (
        <SearchResults
          results={results}
          query={result.query}
          nextHref={result.nextCursor ? searchHref(paths.search(), { ...base, after: result.nextCursor }) : undefined}
          firstHref={after ? searchHref(paths.search(), base) : undefined}
          broad={broadNotice(result, paths.search(), base)}
        />
      ) : parsed.success ? (
        <p className="mt-6 text-sm text-slate-600">Type a word, a “quoted phrase”, or -word to leave one out.</p>
      ) : null}
    </>
  );
}
