import { inputClass } from "@/components/forms/field";
import { STATUS_SCALE, STATUSES } from "@/lib/statuses";

interface Props {
  id: string;
  name: string;
  defaultValue: string;
  emptyLabel: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** Status choice with each status's meaning in the option text. */
export function StatusSelect({ emptyLabel, ...props }: Props) {
  return (
    <select {...props} className={inputClass}>
      <option value="">{emptyLabel}</option>
      {STATUSES.map((status) => (
        <option key={status} value={status}>
          {STATUS_SCALE[status].label} — {STATUS_SCALE[status].meaning}
        </option>
      ))}
    </select>
  );
}
