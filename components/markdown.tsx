import ReactMarkdown from "react-markdown";

/**
 * Renders an analyst's Markdown. Raw HTML is shown as text, not parsed, and link targets pass
 * react-markdown's URL filter (no javascript: links), so a summary cannot inject script.
 */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={className ? `prose-entry ${className}` : "prose-entry"}>
      <ReactMarkdown
        skipHtml
        components={{
          a: ({ href, children: text }) => (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {text}
            </a>
          ),
          img: () => null,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
