import { formatDay } from "@/lib/format";
import { STANCE_SCALE, STANCES, type Stance } from "@/lib/positions/stances";

interface Props {
  positions: { id: string; stance: Stance; statedAt: Date }[];
  title: string;
}

const WIDTH = 640;
const ROW = 22;
const LEFT = 130;

/**
 * A party's stance over time on the stance scale (one lane per stance, oldest left), with each
 * point labelled for screen readers; the cell history's list below says the same in words.
 */
export function StanceStrip({ positions, title }: Props) {
  const lanes = STANCES;
  const height = lanes.length * ROW + 24;
  const first = positions[0]?.statedAt.getTime() ?? 0;
  const last = positions.at(-1)?.statedAt.getTime() ?? first;
  const span = Math.max(last - first, 1);
  const x = (date: Date) => (positions.length === 1 ? LEFT + (WIDTH - LEFT) / 2 : LEFT + 10 + ((date.getTime() - first) / span) * (WIDTH - LEFT - 20));
  const y = (stance: Stance) => lanes.indexOf(stance) * ROW + ROW / 2;
  const points = positions.map((position) => ({ ...position, cx: x(position.statedAt), cy: y(position.stance) }));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} className="h-auto w-full max-w-3xl">
      <title>{title}</title>
      {lanes.map((stance) => (
        <g key={stance}>
          <line x1={LEFT} x2={WIDTH} y1={y(stance)} y2={y(stance)} stroke="#e2e8f0" />
          <text x={LEFT - 8} y={y(stance) + 4} textAnchor="end" fontSize="11" fill="#334155">
            {STANCE_SCALE[stance].label}
          </text>
        </g>
      ))}
      <polyline points={points.map((point) => `${point.cx},${point.cy}`).join(" ")} fill="none" stroke="#64748b" strokeWidth="1.5" />
      {points.map((point) => (
        <circle key={point.id} cx={point.cx} cy={point.cy} r="5" fill={STANCE_SCALE[point.stance].color} stroke="#0f172a" strokeWidth="1">
          <title>{`${formatDay(point.statedAt)}: ${STANCE_SCALE[point.stance].label}`}</title>
        </circle>
      ))}
      <text x={LEFT} y={height - 4} fontSize="11" fill="#475569">
        {positions[0] ? formatDay(positions[0].statedAt) : ""}
      </text>
      <text x={WIDTH} y={height - 4} fontSize="11" fill="#475569" textAnchor="end">
        {positions.at(-1) ? formatDay(positions.at(-1)!.statedAt) : ""}
      </text>
    </svg>
  );
}
