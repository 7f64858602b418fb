import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WordDiff } from "@/components/diff/word-diff";
import { PageHeader } from "@/components/page-header";
import { ExampleNotice } from "@/components/plan-drafts/example-notice";
import { MatchKindBadge } from "@/components/plan-drafts/match-kind-badge";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { CrosswalkRow } from "@/lib/plan-drafts/crosswalk";
import { getCrosswalk } from "@/lib/plan-drafts/queries";
import { setPointMatchAction } from "../actions";
import { paths } from "@/lib/paths";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ a?: string; b?: string; error?: string }>;
}

export const metadata: Metadata = { title: "Cross-walk of two plan drafts" };

/** Two drafts side by side: which points stayed, changed, were dropped or are new, and per issue which points touch it. */
export default async function ComparePage({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug } = await params;
  const query = await searchParams;
  if (typeof query.a !== "string" || typeof query.b !== "string") notFound();
  const data = await getCrosswalk(slug, query.a, query.b);
  if (!data) notFound();
  const { left, right, rows, issues } = data;
  const base = paths.negotiation(slug);
  const back = paths.compareDrafts(slug, { a: left.id, b: right.id });
  const canCorrect = can(actor.role, "planDraft.edit");
  const counts = rows.reduce<Record<string, number>>((acc, row) => ({ ...acc, [row.kind]: (acc[row.kind] ?? 0) + 1 }), {});
  return (
    <>
      <PageHeader
        title="Cross-walk"
        crumbs={[
          { href: base, label: left.negotiation.title },
          { href: paths.drafts(slug), label: "Plan drafts" },
        ]}
      >
        <p className="mt-2 text-slate-700">
          From <Link href={paths.draft(slug, left.id)}>{left.title}</Link> to <Link href={paths.draft(slug, right.id)}>{right.title}</Link>
        </p>
        <p className="mt-1 text-sm text-slate-600" role="status">
          {counts.same ?? 0} same · {counts.changed ?? 0} changed · {counts.dropped ?? 0} dropped · {counts.new ?? 0} new. Points are matched by the words they
          share (most similar pairs first); correct a match by hand where it is wrong.
        </p>
      </PageHeader>
      {query.error ? (
        <p role="alert" className="mb-4 rounded-md bg-rose-50 p-3 text-sm text-rose-800">
          That correction could not be saved; reload the page and try again.
        </p>
      ) : null}
      {left.isExample || right.isExample ? (
        <div className="mb-4 grid gap-2">
          {left.isExample ? <ExampleNotice title={left.title} /> : null}
          {right.isExample ? <ExampleNotice title={right.title} /> : null}
        </div>
      ) : null}
      <div
        className="min-w-0 max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white"
        data-scroll-region
        role="region"
        aria-label="Points side by side"
        tabIndex={0}
      >
        <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
          <caption className="px-4 py-2 text-left text-sm text-slate-600">
            Points of “{left.title}” and “{right.title}” side by side, in the order of the later draft
          </caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                Match
              </th>
              <th scope="col" className="px-3 py-2">
                {left.title}
              </th>
              <th scope="col" className="px-3 py-2">
                {right.title}
              </th>
              {canCorrect ? (
                <th scope="col" className="px-3 py-2">
                  Correct
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.left?.id ?? "-"}:${row.right?.id ?? "-"}`} className="border-t border-slate-200 align-top" data-testid="crosswalk-row">
                <th scope="row" className="px-3 py-3 font-normal">
                  <MatchKindBadge kind={row.kind} />
                  {row.similarity !== undefined && row.kind === "changed" ? (
                    <span className="mt-1 block text-xs text-slate-500">{Math.round(row.similarity * 100)}% words shared</span>
                  ) : null}
                  {row.isManual ? <span className="mt-1 block text-xs text-slate-500">matched by hand</span> : null}
                </th>
                <td className="px-3 py-3">
                  {row.left ? <PointText label={row.left.label} text={row.left.text} /> : <span className="text-slate-500">—</span>}
                </td>
                <td className="px-3 py-3">
                  {row.right ? (
                    row.kind === "changed" && row.left ? (
                      <>
                        <span className="font-semibold">{row.right.label}.</span>
                        <WordDiff before={row.left.text} after={row.right.text} label={`Changes from point ${row.left.label} to point ${row.right.label}`} />
                      </>
                    ) : (
                      <PointText label={row.right.label} text={row.right.text} />
                    )
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
                {canCorrect ? (
                  <td className="px-3 py-3">{row.left ? <CorrectMatch row={row} rightPoints={right.points} toDraftId={right.id} back={back} /> : null}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="by-issue-heading" className="mt-8">
        <h2 id="by-issue-heading" className="mb-2 text-lg font-semibold">
          By issue
        </h2>
        {issues.length === 0 ? (
          <p className="text-sm text-slate-600">No point of either draft is linked to an issue yet: link them on each draft&apos;s page.</p>
        ) : (
          <table className="w-full max-w-3xl border-collapse rounded-lg border border-slate-200 bg-white text-left text-sm">
            <caption className="px-3 py-2 text-left text-sm text-slate-600">Which points of each draft touch each issue</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Issue
                </th>
                <th scope="col" className="px-3 py-2">
                  {left.title}
                </th>
                <th scope="col" className="px-3 py-2">
                  {right.title}
                </th>
              </tr>
            </thead>
            <tbody>
              {issues.map((entry) => (
                <tr key={entry.issue.id} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={paths.issue(slug, entry.issue.slug)}>{entry.issue.title}</Link>
                  </th>
                  <td className="px-3 py-2">{entry.left.length > 0 ? `Points ${entry.left.join(", ")}` : "none"}</td>
                  <td className="px-3 py-2">{entry.right.length > 0 ? `Points ${entry.right.join(", ")}` : "none"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function PointText({ label, text }: { label: string; text: string }) {
  return (
    <p className="whitespace-pre-wrap">
      <span className="font-semibold">{label}.</span> {text}
    </p>
  );
}

function CorrectMatch({
  row,
  rightPoints,
  toDraftId,
  back,
}: {
  row: CrosswalkRow;
  rightPoints: { id: string; label: string; text: string }[];
  toDraftId: string;
  back: string;
}) {
  const left = row.left!;
  const current = row.isManual ? (row.right?.id ?? "none") : "auto";
  const id = `match-${left.id}`;
  return (
    <form action={setPointMatchAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="fromPointId" value={left.id} />
      <input type="hidden" name="toDraftId" value={toDraftId} />
      <input type="hidden" name="back" value={back} />
      <div>
        <label htmlFor={id} className="block text-xs text-slate-700">
          Counterpart of point {left.label}
        </label>
        <select id={id} name="toPointId" defaultValue={current} className="mt-1 max-w-[14rem] rounded border border-slate-300 px-2 py-1 text-xs">
          <option value="auto">Automatic{row.isManual ? "" : ` (${row.right ? `point ${row.right.label}` : "none"})`}</option>
          <option value="none">No counterpart (dropped)</option>
          {rightPoints.map((point) => (
            <option key={point.id} value={point.id}>
              Point {point.label}: {point.text.slice(0, 50)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-50">
        Save<span className="sr-only"> counterpart of point {left.label}</span>
      </button>
    </form>
  );
}
