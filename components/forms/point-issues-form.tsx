"use client";

import { FormMessage, SubmitButton } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { FormAction } from "@/lib/validation/fields";
import type { pointIssuesSchema } from "@/lib/validation/plan-draft";

interface Props {
  action: FormAction<typeof pointIssuesSchema>;
  points: { id: string; label: string; text: string; issueIds: string[] }[];
  issues: { id: string; title: string }[];
}

/** Every point of a draft with a checkbox per issue of the negotiation: tick the issues it touches. */
export function PointIssuesForm({ action, points, issues }: Props) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-3" noValidate>
      <FormMessage message={state.message} isError={!state.ok} />
      <ol className="grid gap-3" aria-label="Points">
        {points.map((point) => (
          <li key={point.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="draft-point">
            <p className="text-sm">
              <span className="font-semibold">{point.label}.</span> <span className="whitespace-pre-wrap">{point.text}</span>
            </p>
            {issues.length > 0 ? (
              <fieldset className="mt-2">
                <legend className="text-xs font-medium text-slate-600">Issues point {point.label} touches</legend>
                <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
                  {issues.map((issue) => (
                    <label key={issue.id} className="inline-flex items-center gap-1.5 text-xs text-slate-800">
                      <input
                        type="checkbox"
                        className="h-5 w-5"
                        name={`issues.${point.id}`}
                        value={issue.id}
                        defaultChecked={point.issueIds.includes(issue.id)}
                      />
                      {issue.title}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
          </li>
        ))}
      </ol>
      {issues.length > 0 ? (
        <div>
          <SubmitButton isPending={isPending} pendingLabel="Saving links…">
            Save issue links
          </SubmitButton>
        </div>
      ) : null}
    </form>
  );
}
