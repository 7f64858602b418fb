"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { EXPIRY_CHOICES, EXPIRY_LABELS, type ExpiryChoice } from "@/lib/share-links/expiry";

interface Props {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** What stops working, for the date field's label ("the link", "the token"). */
  what: string;
  errors: { expiry?: string; expiresOn?: string };
  labels?: Record<ExpiryChoice, string>;
}

/** "Expires" as a choice of spans or a date, the date asked only when chosen (share links, API tokens). */
export function ExpiryFields({ idPrefix, what, errors, labels = EXPIRY_LABELS }: Props) {
  const [expiry, setExpiry] = useState<ExpiryChoice>("30d");
  return (
    <>
      <Field id={`${idPrefix}expiry`} label="Expires" error={errors.expiry}>
        {(aria) => (
          <select {...aria} name="expiry" value={expiry} onChange={(event) => setExpiry(event.target.value as ExpiryChoice)} className={inputClass}>
            {EXPIRY_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {labels[choice]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {expiry === "date" ? (
        <Field id={`${idPrefix}expires-on`} label={`Last day ${what} works`} error={errors.expiresOn}>
          {(aria) => <input {...aria} name="expiresOn" type="date" className={inputClass} />}
        </Field>
      ) : null}
    </>
  );
}
