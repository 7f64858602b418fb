import { gradeCitationAction } from "@/app/(workspace)/sources/evidence-actions";
import { GradeSelectForm } from "@/components/sources/grade-select-form";
import { CREDIBILITY_GRADES, CREDIBILITY_MEANINGS } from "@/lib/sources/admiralty";

/** The credibility (1–6) of what one update takes from one source, behind a disclosure to keep the timeline calm. */
export function CitationGrade({ updateId, sourceId, credibility, path }: { updateId: string; sourceId: string; credibility: number | null; path: string }) {
  const options = CREDIBILITY_GRADES.map((grade) => ({ value: String(grade), ...CREDIBILITY_MEANINGS[grade] }));
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-slate-700">Grade this information</summary>
      <div className="mt-2">
        <GradeSelectForm
          action={gradeCitationAction.bind(null, { updateId, sourceId, path })}
          name="credibility"
          id={`credibility-${updateId}-${sourceId}`}
          label="Information credibility (Admiralty code)"
          current={credibility ? String(credibility) : ""}
          options={options}
        />
      </div>
    </details>
  );
}
