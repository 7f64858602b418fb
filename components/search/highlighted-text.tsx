import { excerpt, highlight, markdownToPlainText } from "@/lib/search/highlight";
import type { ParsedQuery } from "@/lib/search/query-syntax";

/** Text with the query's words in <mark>: only text nodes, so a note's markup is shown, never run. */
export function HighlightedText({
  text,
  query,
  isMarkdown = false,
  maxLength,
}: {
  text: string;
  query: ParsedQuery;
  isMarkdown?: boolean;
  maxLength?: number;
}) {
  const plain = isMarkdown ? markdownToPlainText(text) : text;
  const shown = maxLength ? excerpt(plain, query, maxLength) : plain;
  return (
    <>
      {highlight(shown, query).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
