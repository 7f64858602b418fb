"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { undoAction } from "@/app/actions/undo";
import { FLASH_COOKIE, parseFlash, type Flash } from "@/lib/flash-message";

const AUTO_DISMISS_MS = 8000;

function takeFlash(): Flash | null {
  const entry = document.cookie.split("; ").find((part) => part.startsWith(`${FLASH_COOKIE}=`));
  if (!entry) return null;
  document.cookie = `${FLASH_COOKIE}=; Max-Age=0; path=/; SameSite=Lax`;
  return parseFlash(entry.slice(FLASH_COOKIE.length + 1));
}

/**
 * Shows the confirmation a server action queued (lib/flash.ts) once the page it led to is shown.
 * A confirmation with an undo stays until dismissed; others fade after a few seconds unless the
 * pointer or focus is on them.
 */
export function Toaster() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const router = useRouter();
  const [toast, setToast] = useState<(Flash & { isError?: boolean }) | null>(null);
  const [isHeld, setIsHeld] = useState(false);
  const [isUndoing, startUndo] = useTransition();
  const region = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const dismissButton = useRef<HTMLButtonElement>(null);

  const check = useCallback(() => {
    const next = takeFlash();
    if (next) setToast(next);
  }, []);

  // After a navigation, and (below) whenever an action sets the cookie without changing the URL.
  useEffect(() => {
    const timer = setTimeout(check, 0);
    return () => clearTimeout(timer);
  }, [check, pathname, searchParams]);
  // An action that stays on the same URL (a deletion) changes neither, and the Cookie Store API's
  // change event is not fired for every response everywhere: a cheap look at document.cookie.
  useEffect(() => {
    const timer = setInterval(check, 400);
    return () => clearInterval(timer);
  }, [check]);

  // The control that was used is gone (a deleted entry's button): the undo is the next useful thing.
  useEffect(() => {
    if (!toast?.undo) return;
    const frame = requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) undoButton.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [toast]);

  useEffect(() => {
    if (!toast || toast.undo || isHeld) return;
    const timer = setTimeout(() => setToast(null), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [toast, isHeld]);

  /** Closes the message; focus inside it goes back to the page's heading rather than the body. */
  const dismiss = () => {
    const hadFocus = region.current?.contains(document.activeElement) ?? false;
    setToast(null);
    setIsHeld(false);
    if (hadFocus) {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (heading && !heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading?.focus();
    }
  };

  const undo = () => {
    const offered = toast?.undo;
    if (!offered) return;
    startUndo(async () => {
      const result = await undoAction(offered);
      setToast({ message: result.message, isError: !result.ok });
      router.refresh();
      requestAnimationFrame(() => dismissButton.current?.focus());
    });
  };

  return (
    <div
      ref={region}
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4 no-print"
      onMouseEnter={() => setIsHeld(true)}
      onMouseLeave={() => setIsHeld(false)}
      onFocus={() => setIsHeld(true)}
      onBlur={() => setIsHeld(false)}
      onKeyDown={(event) => {
        if (event.key === "Escape") dismiss();
      }}
    >
      {toast ? (
        <div
          data-testid="toast"
          className={`pointer-events-auto flex max-w-md items-center gap-3 rounded-md px-4 py-3 text-sm shadow-lg ${toast.isError ? "bg-rose-800 text-white" : "bg-slate-900 text-white"}`}
        >
          <p>{toast.message}</p>
          {toast.undo ? (
            <button
              ref={undoButton}
              type="button"
              onClick={undo}
              disabled={isUndoing}
              aria-busy={isUndoing}
              className="rounded border border-white/60 px-2 py-0.5 font-medium hover:bg-white/10 disabled:opacity-70"
            >
              {isUndoing ? "Undoing…" : "Undo"}
            </button>
          ) : null}
          <button ref={dismissButton} type="button" onClick={dismiss} className="ml-1 rounded px-1 text-white/90 hover:bg-white/10" aria-label="Dismiss">
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
