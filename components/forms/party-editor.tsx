"use client";

import { useState } from "react";
import { inputClass } from "@/components/forms/field";
import { MAX_PARTIES } from "@/lib/validation/negotiation";

export interface PartyDraft {
  /** Set for a party that exists: saving keeps its id, whatever the name becomes. */
  id?: string;
  name: string;
  description: string;
}

interface Props {
  initial: PartyDraft[];
  errorFor: (name: "parties" | `parties.${number}.${"name" | "description"}`) => string | undefined;
}

let nextKey = 0;
const withKey = (party: PartyDraft) => ({ ...party, key: `party-${nextKey++}` });

/**
 * One row per party: rename or re-describe it in place, remove it, or add a new one. Each party
 * keeps its identity across saves; a removed one is kept out of sight, not deleted.
 */
export function PartyEditor({ initial, errorFor }: Props) {
  const [rows, setRows] = useState(() => initial.map(withKey));
  const remove = (key: string) => setRows((current) => current.filter((row) => row.key !== key));
  const add = () => setRows((current) => [...current, withKey({ name: "", description: "" })]);
  return (
    <fieldset className="grid gap-3">
      <legend className="text-sm font-medium text-slate-800">Parties</legend>
      {rows.length === 0 ? <p className="text-sm text-slate-500">No parties yet.</p> : null}
      {rows.map((row, index) => {
        const nameId = `parties-${index}-name`;
        const roleId = `parties-${index}-description`;
        const nameError = errorFor(`parties.${index}.name`);
        const roleError = errorFor(`parties.${index}.description`);
        return (
          <div key={row.key} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_2fr_auto] sm:items-start">
            {row.id ? <input type="hidden" name={`parties.${index}.id`} value={row.id} /> : null}
            <div>
              <label htmlFor={nameId} className="block text-xs font-medium text-slate-700">
                Party {index + 1}: name
              </label>
              <input
                id={nameId}
                name={`parties.${index}.name`}
                defaultValue={row.name}
                className={inputClass}
                aria-invalid={Boolean(nameError)}
                aria-describedby={nameError ? `${nameId}-error` : undefined}
              />
              {nameError ? (
                <p id={`${nameId}-error`} className="mt-1 text-sm text-rose-700">
                  {nameError}
                </p>
              ) : null}
            </div>
            <div>
              <label htmlFor={roleId} className="block text-xs font-medium text-slate-700">
                Party {index + 1}: role
              </label>
              <input
                id={roleId}
                name={`parties.${index}.description`}
                defaultValue={row.description}
                className={inputClass}
                aria-invalid={Boolean(roleError)}
                aria-describedby={roleError ? `${roleId}-error` : undefined}
              />
              {roleError ? (
                <p id={`${roleId}-error`} className="mt-1 text-sm text-rose-700">
                  {roleError}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              onClick={() => remove(row.key)}
              className="self-end rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
            >
              Remove
              <span className="sr-only">
                {" "}
                party {index + 1}
                {row.name ? ` (${row.name})` : ""}
              </span>
            </button>
          </div>
        );
      })}
      {errorFor("parties") ? <p className="text-sm text-rose-700">{errorFor("parties")}</p> : null}
      {rows.length < MAX_PARTIES ? (
        <div>
          <button type="button" onClick={add} className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 hover:bg-slate-50">
            Add a party
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
