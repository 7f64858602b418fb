"use client";

import { useEffect, useRef, useState } from "react";
import { inputClass } from "@/components/forms/field";

/** A secret link shown once after it is made, with a copy button. */
export function CopyOnceLink({ message, link, label }: { message?: string; link: string; label: string }) {
  const [isCopied, setIsCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The link is what the person came for: focus it, selected, ready to copy.
  useEffect(() => {
    input.current?.focus();
  }, [link]);
  return (
    <div role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
      {message ? <p>{message}</p> : null}
      <div className="mt-2 flex gap-2">
        <input ref={input} readOnly value={link} aria-label={label} className={inputClass} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="mt-1 shrink-0 rounded border border-emerald-300 bg-white px-3 text-sm"
          onClick={() => void navigator.clipboard.writeText(link).then(() => setIsCopied(true))}
        >
          {isCopied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}
