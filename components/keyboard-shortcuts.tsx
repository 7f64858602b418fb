"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { paths } from "@/lib/paths";

const STORAGE_KEY = "parley-single-key-shortcuts";

/** What the sheet lists; page-specific keys act on the element marked `data-shortcut`. */
const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ["?"], what: "Show this list" },
  { keys: ["/"], what: "Search" },
  { keys: ["n"], what: "New issue (on a negotiation's dashboard) or new negotiation" },
  { keys: ["l"], what: "Log an update (on an issue)" },
  { keys: ["g", "n"], what: "Go to negotiations" },
  { keys: ["g", "s"], what: "Go to sources" },
  { keys: ["g", "a"], what: "Go to activity" },
  { keys: ["Esc"], what: "Close this list" },
];

const GO_TO: Record<string, string> = { n: paths.negotiations(), s: paths.sources(), a: paths.activity() };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Single-key shortcuts for people who work from the keyboard, GitHub- and Linear-style. They never
 * fire while typing in a field, and can be turned off in the sheet (WCAG 2.1.4), which `?` opens.
 */
export function KeyboardShortcuts() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [isEnabled, setIsEnabled] = useState(true);
  // The sheet is drawn the first time it opens: every signed-in page carries this component, and
  // the sheet's table is bigger than most of what a light page shows.
  const [hasOpened, setHasOpened] = useState(false);
  const pendingG = useRef<number | null>(null);

  useEffect(() => {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === "off") queueMicrotask(() => setIsEnabled(false));
  }, []);

  const openSheet = useCallback(() => {
    // Drawn synchronously, so that showModal finds the Close button to focus.
    flushSync(() => setHasOpened(true));
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (dialog.current?.open) return;
      const key = event.key;
      if (key === "?") {
        event.preventDefault();
        openSheet();
        return;
      }
      if (!isEnabled) return;
      if (pendingG.current !== null) {
        window.clearTimeout(pendingG.current);
        pendingG.current = null;
        const target = GO_TO[key];
        if (target) {
          event.preventDefault();
          router.push(target);
        }
        return;
      }
      if (key === "g") {
        pendingG.current = window.setTimeout(() => (pendingG.current = null), 1500);
        return;
      }
      if (key === "/") {
        const search = document.getElementById("site-search");
        if (search) {
          event.preventDefault();
          search.focus();
        }
        return;
      }
      const target = document.querySelector<HTMLElement>(`[data-shortcut="${CSS.escape(key)}"]`);
      if (target) {
        event.preventDefault();
        target.click();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    // Tells scripts and tests that shortcuts now answer (they do not before the page is hydrated).
    document.documentElement.dataset.shortcuts = "ready";
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [isEnabled, openSheet, router]);

  const toggle = (enabled: boolean) => {
    setIsEnabled(enabled);
    window.localStorage.setItem(STORAGE_KEY, enabled ? "on" : "off");
  };

  return (
    <>
      <button
        type="button"
        onClick={openSheet}
        className="hidden rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50 sm:inline-block"
        aria-keyshortcuts="?"
      >
        Shortcuts
      </button>
      {hasOpened ? (
        <dialog
          ref={dialog}
          aria-labelledby="shortcuts-heading"
          className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
          onClick={(event) => {
            if (event.target === dialog.current) dialog.current?.close();
          }}
        >
          <div className="p-5">
            <div className="flex items-start justify-between gap-4">
              <h2 id="shortcuts-heading" className="text-lg font-semibold">
                Keyboard shortcuts
              </h2>
              <button type="button" className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-50" onClick={() => dialog.current?.close()}>
                Close
              </button>
            </div>
            <table className="mt-3 w-full text-sm">
              <caption className="sr-only">Keys and what they do</caption>
              <thead className="sr-only">
                <tr>
                  <th scope="col">Keys</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {SHORTCUTS.map((shortcut) => (
                  <tr key={shortcut.what} className="border-t border-slate-100">
                    <td className="whitespace-nowrap py-1.5 pr-4">
                      {shortcut.keys.map((key, index) => (
                        <span key={key}>
                          {index > 0 ? <span className="px-1 text-slate-600">then</span> : null}
                          <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
                        </span>
                      ))}
                    </td>
                    <td className="py-1.5 text-slate-700">{shortcut.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <label className="mt-4 flex items-center gap-2 text-sm">
              <input type="checkbox" checked={isEnabled} onChange={(event) => toggle(event.target.checked)} />
              Single-key shortcuts (all but <kbd className="font-mono">?</kbd>) are on
            </label>
            <p className="mt-1 text-xs text-slate-600">
              Turn them off if you use speech input or they get in your way. Shortcuts never fire while you type in a field.
            </p>
          </div>
        </dialog>
      ) : null}
    </>
  );
}
