import { STANCE_SCALE, type Stance } from "@/lib/positions/stances";

/** A stance as colour and word together, never colour alone; its meaning on hover. */
export function StanceBadge({ stance, size = "md" }: { stance: Stance; size?: "sm" | "md" }) {
  const info = STANCE_SCALE[stance];
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
