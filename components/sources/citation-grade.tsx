"use client";

import { useState } from "react";
import { gradeCitationAction } from "@/app/(workspace)/sources/evidence-actions";
import { GradeSelectForm } from "@/components/sources/grade-select-form";
import { CREDIBILITY_GRADES, CREDIBILITY_MEANINGS } from "@/lib/sources/admiralty";

const OPTIONS = CREDIBILITY_GRADES.map((grade) => ({ value: String(grade), ...CREDIBILITY_MEANINGS[grade] }));

/**
 * The credibility (1–6) of what one update takes from one source, behind a disclosure to keep the
 * timeline calm. The form is drawn when the disclosure first opens: a timeline page cites dozens of
 * sources, and each form spells out every grade's meaning, so the page carries only the ids.
 */
export function CitationGrade({ updateId, sourceId, credibility }: { updateId: string; sourceId: string; credibility: number | null }) {
  const [hasOpened, setHasOpened] = useState(false);
  return (
    <details className="tl-more" onToggle={(event) => setHasOpened((opened) => opened || event.currentTarget.open)}>
      <summary className="text-slate-700">Grade this information</summary>
      {hasOpened ? (
        <div className="mt-2">
          <GradeSelectForm
            action={gradeCitationAction.bind(null, { updateId, sourceId })}
            name="credibility"
            id={`credibility-${updateId}-${sourceId}`}
            label="Information credibility (Admiralty code)"
            current={credibility ? String(credibility) : ""}
            options={OPTIONS}
          />
        </div>
      ) : null}
    </details>
  );
}
