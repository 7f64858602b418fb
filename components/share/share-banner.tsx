import type { ResolvedShareLink } from "@/lib/share-links/resolve-share-link";
import { PrintButton } from "@/components/share/print-button";
import { LocalDateTime } from "@/components/local-date-time";

/** Says plainly what a visitor is looking at: who shared it, that it is read-only, until when. */
export function ShareBanner({ link, feedHref, changesFeedHref }: { link: ResolvedShareLink; feedHref: string; changesFeedHref: string }) {
  return (
    <div role="note" aria-label="About this shared page" className="border-b border-amber-200 bg-amber-50 print:border-0 print:bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm text-amber-950">
        <p>
          <strong>Read-only page shared from Parley</strong>
          {link.sharedBy ? ` by ${link.sharedBy}` : ""}.{" "}
          {link.asOf ? (
            <>
              Frozen as it stood on <LocalDateTime value={link.asOf} />.{" "}
            </>
          ) : (
            "Shows live updates. "
          )}
          {link.expiresAt ? (
            <>
              The link works until <LocalDateTime value={link.expiresAt} />.
            </>
          ) : (
            "The link works until it is revoked."
          )}
        </p>
        <p className="no-print flex gap-3">
          <a href={feedHref}>Atom feed</a>
          <a href={changesFeedHref}>What changed (feed)</a>
          <PrintButton />
        </p>
      </div>
    </div>
  );
}
