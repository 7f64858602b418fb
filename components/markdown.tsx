import type { ReactElement } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { BoundedCache } from "@/lib/bounded-cache";

const components: Components = {
  a: ({ href, children: text }) => (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {text}
    </a>
  ),
  img: () => null,
};

/**
 * Parsed Markdown, by its text, so a page shown again does not parse its 25 summaries again (it was
 * a tenth of an issue page's server time). Elements are immutable and hold no request's data, so
 * one tree serves every request. The budget counts the texts' characters; the trees take several
 * times that.
 */
const parsed = new BoundedCache<ReactElement>(400_000);
/** A text longer than this is parsed each time rather than pushing many short ones out. */
const LONGEST_KEPT = 20_000;

export function markdownElements(text: string): ReactElement {
  const render = () => ReactMarkdown({ children: text, skipHtml: true, components });
  if (text.length > LONGEST_KEPT) return render();
  return parsed.getOrSet(text, () => ({ value: render(), size: text.length }));
}

/**
 * Renders an analyst's Markdown. Raw HTML is shown as text, not parsed, and link targets pass
 * react-markdown's URL filter (no javascript: links), so a summary cannot inject script.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return <div className={className ? `prose-entry ${className}` : "prose-entry"}>{markdownElements(children)}</div>;
}
