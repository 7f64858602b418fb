import { gradeOutletAction } from "@/app/(workspace)/sources/evidence-actions";
import { GradeSelectForm } from "@/components/sources/grade-select-form";
import { RELIABILITY_GRADES, RELIABILITY_MEANINGS, type ReliabilityGrade } from "@/lib/sources/admiralty";

/** The outlet's Admiralty reliability: the form for analysts, the grade and its meaning for everyone. */
export function OutletGrade({
  outlet,
  sourceId,
  canGrade,
}: {
  outlet: { id: string; name: string; reliability: ReliabilityGrade | null };
  sourceId: string;
  canGrade: boolean;
}) {
  const options = RELIABILITY_GRADES.map((grade) => ({ value: grade, ...RELIABILITY_MEANINGS[grade] }));
  return (
    <div className="mt-4 border-t border-slate-100 pt-3">
      <h2 className="mb-1 font-semibold">Outlet reliability (Admiralty code)</h2>
      <p className="mb-2 text-sm">
        {outlet.reliability ? (
          <>
            <strong>{outlet.reliability}</strong> — {RELIABILITY_MEANINGS[outlet.reliability].label}
          </>
        ) : (
          "Not graded"
        )}
      </p>
      {canGrade ? (
        <GradeSelectForm
          action={gradeOutletAction.bind(null, { outletId: outlet.id, sourceId })}
          name="reliability"
          id="outlet-reliability"
          label={`Grade ${outlet.name}`}
          current={outlet.reliability ?? ""}
          options={options}
        />
      ) : null}
    </div>
  );
}
