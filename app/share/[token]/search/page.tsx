import Link from "next/link";
import { notFound } from "next/navigation";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults, type LinkedHit } from "@/components/search/search-results";
import { timelineCursorFor } from "@/lib/search/entry-location";
import { searchSharedLink } from "@/lib/search/shared-search";
import { broadNotice, rawSearchParams, searchHref } from "@/lib/search/search-url";
import { recordShareLinkOpened, resolveShareLink } from "@/lib/share-links/resolve-share-link";
import { db } from "@/lib/db/client";
import { STATUS_SCALE, STATUSES } from "@/lib/statuses";
import { firstValues, searchParamsSchema } from "@/lib/validation/search";
import { paths } from "@/lib/paths";

export const metadata = { title: "Search — shared from Parley" };

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Search within a whole-negotiation share link: only what the link shows, as of its snapshot. */
export default async function SharedSearchPage({ params, searchParams }: Props) {
  const { token } = await params;
  const link = await resolveShareLink(token);
  if (!link?.isWholeNegotiation) notFound();
  recordShareLinkOpened(link.id);
  const raw = firstValues(await searchParams);
  const parsed = searchParamsSchema.safeParse(raw);
  const { q = "", after, ...filters } = parsed.success ? parsed.data : {};
  const result = parsed.success && q.trim() ? await searchSharedLink(link, q, filters, { after }) : undefined;
  const issues = await db().issue.findMany({
    where: { negotiationId: link.negotiationId, ...(link.asOf ? { createdAt: { lte: link.asOf } } : {}) },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
  const base = paths.share(token);
  const results: LinkedHit[] = result
    ? await Promise.all(
        result.hits.map(async (hit) => {
          const issuePath = paths.sharedIssue(token, String(hit.issueSlug));
          if (hit.type !== "update") return { hit, href: issuePath };
          const cursor = await timelineCursorFor({ id: hit.id, issueId: hit.issueId ?? "", occurredAt: hit.at ?? new Date(0) }, link.asOf);
          return { hit, href: `${searchHref(issuePath, { after: cursor })}#update-${hit.id}` };
        }),
      )
    : [];
  const kept = rawSearchParams(raw);
  return (
    <>
      <nav aria-label="Breadcrumb" className="no-print mb-2 text-sm">
        <Link href={base}>← All issues</Link>
      </nav>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Search this negotiation</h1>
      <SearchForm
        action={paths.shareSearch(token)}
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
            ],
          },
          {
            name: "issue",
            label: "Issue",
            anyLabel: "All issues",
            value: raw.issue,
            options: issues.map((issue) => ({ value: issue.id, label: link.snapshot.issues?.[issue.id]?.title ?? issue.title })),
          },
          {
            name: "status",
            label: "Status changed to",
            anyLabel: "Any status",
            value: raw.status,
            options: STATUSES.map((s) => ({ value: s, label: STATUS_SCALE[s].label })),
          },
        ]}
      />
      {result ? (
        <SearchResults
          results={results}
          query={result.query}
          nextHref={result.nextCursor ? searchHref(paths.shareSearch(token), { ...kept, after: result.nextCursor }) : undefined}
          firstHref={after ? searchHref(paths.shareSearch(token), kept) : undefined}
          broad={broadNotice(result, paths.shareSearch(token), kept)}
        />
      ) : null}
    </>
  );
}
