import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink, PageHeader } from "@/components/page-header";
import { MatrixControls } from "@/components/positions/matrix-controls";
import { PositionMatrixTable } from "@/components/positions/position-matrix";
import { StanceLegend } from "@/components/positions/stance-legend";
import { requireActorOrRedirect } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDay, toDateInput } from "@/lib/format";
import { getNegotiationBySlug } from "@/lib/negotiations/queries";
import { byDistance, endOfDay, getPositionMatrix } from "@/lib/positions/matrix";
import { matrixQuerySchema } from "@/lib/validation/position";
import { paths } from "@/lib/paths";
import { todayIn } from "@/lib/time-zones";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const negotiation = await getNegotiationBySlug((await params).slug);
  return { title: negotiation ? `Positions: ${negotiation.title}` : "Not found" };
}

/** Who stands where: every party's current stance on every issue, at any past day. */
export default async function PositionsPage({ params, searchParams }: Props) {
  const actor = await requireActorOrRedirect();
  const { slug } = await params;
  const negotiation = await getNegotiationBySlug(slug);
  if (!negotiation) notFound();
  const query = matrixQuerySchema.parse(await searchParams);
  const matrix = await getPositionMatrix(negotiation.id, {
    asOf: query.asOf,
    knownAt: query.asOf && query.recorded ? endOfDay(query.asOf) : undefined,
    changedSince: query.changedSince,
  });
  const rows = query.sort === "title" ? matrix.rows : byDistance(matrix.rows);
  const base = paths.negotiation(slug);
  const changedCount = rows.reduce((count, row) => count + row.cells.filter((cell) => cell.previous).length, 0);
  const caption = [
    `Stance of each party on each issue in ${negotiation.title}`,
    query.asOf ? `as of ${formatDay(query.asOf)}${query.recorded ? ", as recorded then" : ""}` : "today",
    query.sort === "title" ? "by issue title" : "furthest apart first",
  ].join(", ");
  const canLog = can(actor.role, "position.log");
  return (
    <>
      <PageHeader
        title="Who stands where"
        crumbs={[
          { href: paths.negotiations(), label: "Negotiations" },
          { href: base, label: negotiation.title },
        ]}
        actions={canLog ? <ButtonLink href={paths.newPosition(slug)}>Log position</ButtonLink> : null}
      >
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Each cell is a party&apos;s newest stated position on the issue, with its stance on the scale below. Rows are ordered by how far apart the parties
          stand; open a cell&apos;s history to see how it moved.
        </p>
      </PageHeader>
      <div className="grid gap-4">
        <MatrixControls
          basePath={paths.positions(slug)}
          asOf={query.asOf ? toDateInput(query.asOf) : undefined}
          changedSince={query.changedSince ? toDateInput(query.changedSince) : undefined}
          isRecorded={query.recorded}
          sort={query.sort ?? "spread"}
          today={todayIn(negotiation.timeZone)}
        />
        {query.changedSince ? (
          <p role="status" className="text-sm text-slate-700">
            {changedCount === 0
              ? `No cell changed since ${formatDay(query.changedSince)}.`
              : `${changedCount} ${changedCount === 1 ? "cell" : "cells"} changed since ${formatDay(query.changedSince)} (outlined).`}
          </p>
        ) : null}
        <PositionMatrixTable
          matrix={{ parties: matrix.parties, rows }}
          caption={caption}
          issueHref={(issueSlug) => paths.issue(slug, issueSlug)}
          cellHref={(issueSlug, partyId) => paths.positionCell(slug, issueSlug, partyId)}
          logHref={canLog && !query.asOf ? (issueId, partyId) => paths.newPosition(slug, { issueId, partyId }) : undefined}
          changedSince={query.changedSince}
        />
        <StanceLegend />
      </div>
    </>
  );
}
