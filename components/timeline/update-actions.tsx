import Link from "next/link";
import { DeleteUpdateButton } from "@/components/timeline/delete-update-button";
import { formatDay } from "@/lib/format";

interface Props {
  entry: { id: string; occurredAt: Date; editedAt: Date | null };
  /** The issue page's path; the entry's pages live under it. */
  issuePath: string;
  canEdit: boolean;
  /** The delete server action with the entry's id bound; absent for people who may not delete. */
  deleteAction?: (formData: FormData) => Promise<void>;
}

/** The controls in a timeline entry's header: Edit and Delete for those allowed, History once edited. */
export function UpdateActions({ entry, issuePath, canEdit, deleteAction }: Props) {
  const date = formatDay(entry.occurredAt);
  const base = `${issuePath}/updates/${entry.id}`;
  if (!canEdit && !deleteAction && !entry.editedAt) return null;
  return (
    <div className="no-print flex items-center gap-3 text-xs">
      {entry.editedAt ? (
        <Link href={`${base}/history`} aria-label={`History of the update from ${date}`}>
          History
        </Link>
      ) : null}
      {canEdit ? (
        <Link href={`${base}/edit`} aria-label={`Edit update from ${date}`}>
          Edit
        </Link>
      ) : null}
      {deleteAction ? <DeleteUpdateButton action={deleteAction} dateLabel={date} /> : null}
    </div>
  );
}
