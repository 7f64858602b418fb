import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { streamUpdatesCsv, streamIssuesCsv } from "@/lib/data-export/stream-csv";
import { streamExport } from "@/lib/data-export/stream-export";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type ExportRequest =
  { kind: "workspace" } | { kind: "negotiation"; negotiationId: string; format: "json" | "updates.csv" | "issues.csv"; issueId?: string };

export interface StartedExport {
  filename: string;
  contentType: string;
  chunks: AsyncGenerator<string>;
}

const stamp = (at: Date) => at.toISOString().slice(0, 19).replaceAll(":", "").replace("T", "-");

/**
 * Checks who may export what (a negotiation: analysts and admins; the whole workspace, which holds
 * every account: admins), records the export in the audit trail, and hands back the document as a
 * stream of text to send as it is read.
 */
export async function startExport(actor: Actor | null, request: ExportRequest, now = new Date()): Promise<StartedExport> {
  if (request.kind === "workspace") {
    assertCan(actor, "workspace.export");
    await db().$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: "data.export",
        entityType: "workspace",
        entityId: "workspace",
        after: { what: "the whole workspace", format: "JSON" },
      }),
    );
    return {
      filename: `parley-workspace-${stamp(now)}.json`,
      contentType: "application/json; charset=utf-8",
      chunks: streamExport({ kind: "workspace" }, now),
    };
  }
  assertCan(actor, "negotiation.export");
  const negotiation = await db().negotiation.findUnique({ where: { id: request.negotiationId }, select: { id: true, slug: true, title: true } });
  if (!negotiation) throw new AppError("NOT_FOUND", "No negotiation with that id.");
  let issueSlug: string | undefined;
  if (request.issueId) {
    const issue = await db().issue.findFirst({ where: { id: request.issueId, negotiationId: negotiation.id }, select: { slug: true } });
    if (!issue) throw new AppError("NOT_FOUND", "No issue with that id in this negotiation.");
    issueSlug = issue.slug;
  }
  const format = request.format;
  await db().$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "data.export",
      entityType: "negotiation",
      entityId: negotiation.id,
      negotiationId: negotiation.id,
      issueId: request.issueId ?? null,
      after: {
        what: format === "issues.csv" ? "the issue list" : format === "updates.csv" ? "updates" : "the negotiation",
        title: negotiation.title,
        format: format === "json" ? "JSON" : "CSV",
      },
    }),
  );
  const base = `${negotiation.slug}${issueSlug ? `-${issueSlug}` : ""}-${stamp(now)}`;
  switch (format) {
    case "json":
      return {
        filename: `${base}.json`,
        contentType: "application/json; charset=utf-8",
        chunks: streamExport({ kind: "negotiation", negotiationId: negotiation.id }, now),
      };
    case "updates.csv":
      return {
        filename: `${base}-updates.csv`,
        contentType: "text/csv; charset=utf-8",
        chunks: streamUpdatesCsv({ negotiationId: negotiation.id, issueId: request.issueId }),
      };
    case "issues.csv":
      return { filename: `${base}-issues.csv`, contentType: "text/csv; charset=utf-8", chunks: streamIssuesCsv(negotiation.id) };
  }
}

/** The stream as bytes for a Response; a failure half-way aborts the download rather than truncating silently. */
export function toByteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
