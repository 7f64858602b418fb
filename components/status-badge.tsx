import { STATUS_SCALE, type IssueStatus } from "@/lib/statuses";

export function StatusBadge({ status, size = "md" }: { status: IssueStatus; size?: "sm" | "md" }) {
  const info = STATUS_SCALE[status];
  return (
    <span
      title={info.meaning}
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full font-medium ring-1 ring-inset ${info.badge} ${size === "sm" ? "px-2 py-0.5 text-xs" : "px-2.5 py-1 text-sm"}`}
    >
      <span aria-hidden className="h-2 w-2 rounded-full" style={{ backgroundColor: info.color }} />
      {info.label}
    </span>
  );
}
