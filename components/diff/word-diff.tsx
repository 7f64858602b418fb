import { diffWordsWithSpace } from "diff";

/**
 * A word-level diff of two texts: removed words struck through, added words underlined, each also
 * announced in words to screen readers, so the change never rests on colour alone.
 */
export function WordDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const parts = diffWordsWithSpace(before, after);
  return (
    <p aria-label={label} className="whitespace-pre-wrap text-sm leading-relaxed">
      {parts.map((part, index) =>
        part.removed ? (
          <del key={index} className="rounded-sm bg-rose-100 text-rose-900 decoration-2">
            <span className="sr-only">[removed: </span>
            {part.value}
            <span className="sr-only">]</span>
          </del>
        ) : part.added ? (
          <ins key={index} className="rounded-sm bg-emerald-100 text-emerald-900 decoration-2">
            <span className="sr-only">[added: </span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}
