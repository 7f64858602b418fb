import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatusSwimlanes } from "@/components/charts/status-swimlanes";
import { DashboardFilters } from "@/components/dashboard-filters";
import { IssueTable } from "@/components/issue-table";
import { PartyList } from "@/components/negotiation/party-list";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { StatusLegend } from "@/components/status-legend";
import { getNegotiationBySlug, listCategories } from "@/lib/negotiations/queries";
import { getDashboard } from "@/lib/timeline/dashboard";
import { parseChartRange } from "@/lib/timeline/status-segments";
import { currentStatusBasis } from "@/lib/sources/evidence-basis";
import { STATUSES, type IssueStatus } from "@/lib/statuses";
import { paths } from "@/lib/paths";
import { recordNegotiationVisit } from "@/lib/changes/visits";
import { describeTimeZone } from "@/lib/time-zones";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ status?: string; category?: string; range?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const negotiation = await getNegotiationBySlug((await params).slug);
  return { title: negotiation?.title ?? "Not found" };
}

export default async function NegotiationDashboard({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug } = await params;
  const filters = await searchParams;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  const status = STATUSES.includes(filters.status as IssueStatus) ? (filters.status as IssueStatus) : undefined;
  const asked = parseChartRange(filters.range);
  const [{ issues: allIssues, changesByIssue, summaries, range }, categories] = await Promise.all([
    getDashboard(negotiation.id, undefined, asked),
    listCategories(),
    // So "What changed" can start from the visit before this one.
    recordNegotiationVisit(actor.id, negotiation.id),
  ]);
  // The chart and the category list need every issue; the table shows the filtered ones.
  const issues = allIssues.filter((issue) => (!status || issue.status === status) && (!filters.category || issue.category.slug === filters.category));
  const base = paths.negotiation(slug);
  const usedCategories = categories.filter((category) => allIssues.some((issue) => issue.categoryId === category.id));

  return (
    <>
      <PageHeader
        title={negotiation.title}
        crumbs={[{ href: paths.negotiations(), label: "Negotiations" }]}
        actions={
          <>
            {can(actor.role, "issue.create") ? (
              <ButtonLink href={paths.newIssue(slug)} shortcut="n">
                New issue
              </ButtonLink>
            ) : null}
            <ButtonLink href={paths.changes(slug)} variant="secondary">
              What changed
            </ButtonLink>
            <ButtonLink href={paths.positions(slug)} variant="secondary">
              Positions
            </ButtonLink>
            <ButtonLink href={paths.drafts(slug)} variant="secondary">
              Plan drafts
            </ButtonLink>
            {can(actor.role, "shareLink.create") ? (
              <ButtonLink href={paths.shareNegotiation(slug)} variant="secondary">
                Share
              </ButtonLink>
            ) : null}
            {can(actor.role, "negotiation.export") ? (
              <ButtonLink href={paths.exportNegotiation(slug)} variant="secondary">
                Export
              </ButtonLink>
            ) : null}
            {can(actor.role, "negotiation.edit") ? (
              <ButtonLink href={paths.editNegotiation(slug)} variant="secondary">
                Edit negotiation
              </ButtonLink>
            ) : null}
          </>
        }
      >
        {negotiation.description ? <p className="mt-2 max-w-3xl text-slate-700">{negotiation.description}</p> : null}
        <PartyList parties={negotiation.parties} className="mt-3" />
        {negotiation.timeZone !== "UTC" ? (
          <p className="mt-2 text-sm text-slate-600" data-testid="negotiation-time-zone">
            Dates are days in {describeTimeZone(negotiation.timeZone)}.
          </p>
        ) : null}
      </PageHeader>

      <section aria-labelledby="chart-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="chart-heading" className="mb-3 text-lg font-semibold">
          Statuses over time
        </h2>
        <StatusSwimlanes
          title={`Status of each issue over time in ${negotiation.title}`}
          range={range}
          rangeHref={(value) => paths.negotiation(slug, { status: filters.status, category: filters.category, range: value })}
          rows={allIssues.map((issue) => ({
            id: issue.id,
            label: issue.title,
            href: paths.issue(slug, issue.slug),
            changes: changesByIssue.get(issue.id) ?? [],
            summary: summaries?.get(issue.id),
          }))}
        />
      </section>

      <section aria-labelledby="issues-heading" className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="issues-heading" className="text-lg font-semibold">
            Issues on the table{" "}
            <span className="text-sm font-normal text-slate-500">
              ({issues.length} of {allIssues.length})
            </span>
          </h2>
          <DashboardFilters basePath={base} status={status} category={filters.category} categories={usedCategories} range={asked} />
        </div>
        {issues.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            {allIssues.length === 0 ? "No issues yet. Add the first issue on the table." : "No issue matches these filters."}
          </p>
        ) : (
          <IssueTable
            issues={issues}
            issueHref={(issueSlug) => paths.issue(slug, issueSlug)}
            basis={await currentStatusBasis(issues.map((issue) => issue.id))}
            changesByIssue={changesByIssue}
          />
        )}
        <StatusLegend />
      </section>
    </>
  );
}
