import Link from "next/link";
import { PositionMatrixTable } from "@/components/positions/position-matrix";
import { StanceLegend } from "@/components/positions/stance-legend";
import { formatDateTime } from "@/lib/format";
import { byDistance, getPositionMatrix } from "@/lib/positions/matrix";
import { paths } from "@/lib/paths";

interface Props {
  negotiationId: string;
  /** One issue's row (the issue page), else the whole matrix. */
  issueId?: string;
  /** A frozen share link's moment: the matrix as it was recorded then. */
  knownAt?: Date;
  /** Titles as they read in a frozen snapshot. */
  issueTitles?: Record<string, { title: string }>;
  /** Workspace links (by the negotiation's slug); absent on share pages, which link nowhere into the workspace. */
  links?: { negotiation: string; canLog: boolean };
  headingLevel?: 2 | 3;
}

/**
 * "Who stands where" as a section of another page: the issue page (its row), a shared negotiation
 * (the whole matrix) or a shared issue (its row), frozen with the share link when it is.
 */
export async function PositionsSection({ negotiationId, issueId, knownAt, issueTitles, links, headingLevel = 2 }: Props) {
  const matrix = await getPositionMatrix(negotiationId, { knownAt, issueIds: issueId ? [issueId] : undefined });
  if (matrix.parties.length === 0) return null;
  const rows = byDistance(matrix.rows).map((row) => ({ ...row, issue: { ...row.issue, title: issueTitles?.[row.issue.id]?.title ?? row.issue.title } }));
  const Heading = `h${headingLevel}` as const;
  const negotiation = links?.negotiation;
  const caption = `${issueId ? "Stance of each party on this issue" : "Stance of each party on each issue, furthest apart first"}${knownAt ? `, as recorded on ${formatDateTime(knownAt)}` : ""}`;
  return (
    <section aria-labelledby="positions-heading" className="my-6 grid gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id="positions-heading" className="text-lg font-semibold">
          Who stands where
        </Heading>
        {negotiation ? (
          <Link href={paths.positions(negotiation)} className="text-sm">
            Full position matrix
          </Link>
        ) : null}
      </div>
      <PositionMatrixTable
        matrix={{ parties: matrix.parties, rows }}
        caption={caption}
        issueHref={negotiation && !issueId ? (slug) => paths.issue(negotiation, slug) : undefined}
        cellHref={negotiation ? (slug, partyId) => paths.positionCell(negotiation, slug, partyId) : undefined}
        logHref={negotiation && links.canLog ? (id, partyId) => paths.newPosition(negotiation, { issueId: id, partyId }) : undefined}
      />
      <StanceLegend />
    </section>
  );
}
