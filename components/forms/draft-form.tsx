"use client";

import { useDeferredValue, useState } from "react";
import { Field, FormMessage, SubmitButton, inputClass } from "@/components/forms/field";
import { NewSourcesFieldset } from "@/components/forms/new-sources-fieldset";
import { SourcePicker, type PickableSource } from "@/components/forms/source-picker";
import { errorFor, useActionForm } from "@/components/forms/use-action-form";
import { parsePoints } from "@/lib/plan-drafts/parse-points";
import type { FormAction } from "@/lib/validation/fields";
import type { createDraftSchema } from "@/lib/validation/plan-draft";

/** Paste a numbered plan, see how it splits into points as you type, then save it. */
export function DraftForm({ action, pickableSources }: { action: FormAction<typeof createDraftSchema>; pickableSources: PickableSource[] }) {
  const { state, formAction, isPending, onSubmit } = useActionForm(action);
  const [text, setText] = useState("");
  const [attached, setAttached] = useState<(PickableSource & { quote: string })[]>([]);
  const deferred = useDeferredValue(text);
  const preview = parsePoints(deferred);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormMessage message={state.message} />
      <div className="grid max-w-3xl gap-4">
        <Field id="title" label="Draft title" hint="e.g. “US 28-point plan, first version”" error={errorFor(state, "title")}>
          {(aria) => <input {...aria} name="title" className={inputClass} />}
        </Field>
        <Field id="description" label="Description (optional)" hint="Where the text comes from and how reliable it is." error={errorFor(state, "description")}>
          {(aria) => <textarea {...aria} name="description" rows={2} className={inputClass} />}
        </Field>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Field
          id="text"
          label="Plan text"
          hint="Paste the numbered points: “1. …”, “2) …”, “(3) …”, “Пункт 4. …”; a point may run over several lines."
          error={errorFor(state, "text")}
        >
          {(aria) => (
            <textarea {...aria} name="text" rows={18} value={text} onChange={(event) => setText(event.target.value)} className={`${inputClass} font-mono`} />
          )}
        </Field>
        <section aria-labelledby="preview-heading" className="rounded-md border border-slate-200 bg-white p-3">
          <h2 id="preview-heading" className="text-sm font-semibold">
            Preview
          </h2>
          <p className="text-xs text-slate-600" aria-live="polite">
            {preview.points.length === 0 ? "No numbered points yet." : `${preview.points.length} ${preview.points.length === 1 ? "point" : "points"} found.`}
          </p>
          {preview.warnings.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 text-xs text-amber-900" aria-label="Check before saving">
              {preview.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          ) : null}
          {preview.preamble ? (
            <p className="mt-2 text-xs text-slate-500">Text before the first point is not saved as a point: “{preview.preamble.slice(0, 140)}”</p>
          ) : null}
          <ol className="mt-2 grid max-h-[28rem] gap-2 overflow-y-auto" aria-label="Parsed points">
            {preview.points.map((point, index) => (
              <li key={index} className="rounded border border-slate-100 p-2 text-sm">
                <span className="font-semibold">{point.label}.</span> <span className="whitespace-pre-wrap">{point.text}</span>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <div className="grid max-w-3xl gap-4">
        <p className="text-sm text-slate-700">Source of the text (optional): the first source given is the draft&apos;s, and each point cites it.</p>
        <SourcePicker attached={attached} onChange={setAttached} initialResults={pickableSources} error={errorFor(state, "sources")} />
        <NewSourcesFieldset state={state} />
      </div>
      <div>
        <SubmitButton isPending={isPending} pendingLabel="Saving draft…">
          Save draft
        </SubmitButton>
      </div>
    </form>
  );
}
