import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOrCreateSource } from "@/lib/sources/find-or-create-source";
import type { LogUpdateInput } from "@/lib/validation/update";

/**
 * The sources an update cites, in the order they are shown: picked existing sources first (each
 * must still exist), then inline new ones (found by URL or created). A source named twice is cited
 * once, with the last quote given for it. Returns sourceId → quote, in citation order.
 */
export async function resolveCitedSources(
  tx: Tx,
  input: Pick<LogUpdateInput, "sources" | "newSources">,
  actorId: string,
): Promise<Map<string, string | undefined>> {
  const cited = new Map<string, string | undefined>();
  if (input.sources.length > 0) {
    const ids = input.sources.map((source) => source.id);
    const found = await tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } });
    if (found.length !== new Set(ids).size) {
      throw new AppError("INVALID_INPUT", "One of the attached sources no longer exists.", {
        sources: ["One of the attached sources no longer exists; remove it and try again."],
      });
    }
    for (const source of input.sources) cited.set(source.id, source.quote);
  }
  for (const fields of input.newSources) {
    const { source } = await findOrCreateSource(tx, fields, actorId);
    cited.set(source.id, fields.quote ?? cited.get(source.id));
  }
  return cited;
}

/** The rows of UpdateSource for a resolved citation map, positions in citation order. */
export function citationRows(cited: Map<string, string | undefined>) {
  return [...cited].map(([sourceId, quote], position) => ({ sourceId, quote, position }));
}
