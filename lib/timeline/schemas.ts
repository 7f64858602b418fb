// Zod schemas for the JSON columns the timeline reads: what they hold is checked where it is read,
// never cast. Pure (no database), so components and unit tests can use them too.
import { z } from "zod";

/** One cited source as stored in an UpdateRevision's `sources`: what the update cited then. */
export const revisionSourceSchema = z.object({
  sourceId: z.string().min(1),
  title: z.string().catch("(untitled source)"),
  quote: z.string().nullable().catch(null),
});

export type RevisionSource = z.infer<typeof revisionSourceSchema>;

/** An UpdateRevision's `sources`; entries that are not a cited source are left out. */
export function parseRevisionSources(value: unknown): RevisionSource[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const parsed = revisionSourceSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A ShareLink's `snapshot`: the wording of what was shared, as it stood when the link was made. */
export const shareSnapshotSchema = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  parties: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })).optional(),
  issues: z.record(z.string(), z.object({ title: z.string(), summary: z.string() })).optional(),
});

export type ShareSnapshot = z.infer<typeof shareSnapshotSchema>;

/** A snapshot that does not match reads as empty: the live wording is shown instead. */
export function parseShareSnapshot(value: unknown): ShareSnapshot {
  const parsed = shareSnapshotSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** An AuditEvent's `before` or `after`: named fields of the changed record. */
export const auditSnapshotSchema = z.record(z.string(), z.unknown());

export type AuditSnapshot = z.infer<typeof auditSnapshotSchema>;

/** Anything that is not an object of named fields reads as no fields. */
export function parseAuditSnapshot(value: unknown): AuditSnapshot {
  if (Array.isArray(value)) return {};
  const parsed = auditSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}
