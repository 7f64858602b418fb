"use client";

import { useId, useRef, useState } from "react";

/**
 * Copies the digest as Markdown. Where the clipboard is refused (an insecure origin, a denied
 * permission), the text is shown selected in a box to copy by hand.
 */
export function CopyMarkdownButton({ markdown }: { markdown: string }) {
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  const boxId = useId();
  const box = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(markdown);
      setState("copied");
    } catch {
      setState("manual");
      requestAnimationFrame(() => box.current?.select());
    }
  }

  return (
    <div className="no-print grid gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Copy as Markdown
        </button>
        <p role="status" className="text-sm text-slate-700">
          {state === "copied" ? "Copied to the clipboard." : state === "manual" ? "The clipboard is not available: copy the text below." : ""}
        </p>
      </div>
      {state === "manual" ? (
        <div className="grid gap-1">
          <label htmlFor={boxId} className="text-sm font-medium text-slate-700">
            Digest as Markdown
          </label>
          <textarea id={boxId} ref={box} readOnly value={markdown} rows={10} className="w-full rounded-md border border-slate-300 p-2 font-mono text-xs" />
        </div>
      ) : null}
    </div>
  );
}
