import Link from "next/link";
import { DeleteUpdateButton } from "@/components/timeline/delete-update-button";
import { formatDay } from "@/lib/format";
import { paths } from "@/lib/paths";

interface Props {
  entry: { id: string; occurredAt: Date; editedAt: Date | null };
  /** The issue the entry belongs to; the entry's pages live under its page. */
  issue: { negotiationSlug: string; slug: string };
  canEdit: boolean;
  /** The delete server action (it takes the entry's id from the form); absent for people who may not delete. */
  deleteAction?: (formData: FormData) => Promise<void>;
}

/** The controls in a timeline entry's header: Edit and Delete for those allowed, History once edited. */
export function UpdateActions({ entry, issue, canEdit, deleteAction }: Props) {
  const date = formatDay(entry.occurredAt);
  if (!canEdit && !deleteAction && !entry.editedAt) return null;
  return (
    <div className="no-print tl-actions">
      {entry.editedAt ? (
        <Link href={paths.update(issue.negotiationSlug, issue.slug, entry.id, "history")} aria-label={`History of the update from ${date}`}>
          History
        </Link>
      ) : null}
      {canEdit ? (
        <Link href={paths.update(issue.negotiationSlug, issue.slug, entry.id, "edit")} aria-label={`Edit update from ${date}`}>
          Edit
        </Link>
      ) : null}
      {deleteAction ? <DeleteUpdateButton action={deleteAction} updateId={entry.id} dateLabel={date} /> : null}
    </div>
  );
}
