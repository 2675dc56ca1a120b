import { useState } from "react";
import { useColorized } from "./useColorized.ts";

/**
 * A code block of an answer, coloured by Monaco. A block with `path=` is a proposed file:
 * "Review change" opens its diff (once the answer is complete).
 */
export function CodeBlock({
  code,
  lang,
  path,
  streaming,
  onReview,
}: {
  code: string;
  lang: string;
  path: string | null;
  streaming: boolean;
  /** Null when this person may not apply changes (a viewer). */
  onReview: ((change: { path: string; text: string }) => void) | null;
}) {
  const colorized = useColorized(code, lang, path, streaming);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(code).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };
  return (
    <figure className="ai-code" data-path={path ?? undefined}>
      <figcaption className="ai-code__head">
        <span className="ai-code__name">{path ?? (lang || "code")}</span>
        <button type="button" className="button button--quiet button--small" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </button>
        {path && !streaming && onReview && (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => onReview({ path, text: code })}
          >
            Review change
          </button>
        )}
      </figcaption>
      {colorized === null ? (
        <pre className="ai-code__body">
          <code>{code}</code>
        </pre>
      ) : (
        // Monaco's colorize output: spans around escaped text, nothing from the model as HTML.
        <pre className="ai-code__body" dangerouslySetInnerHTML={{ __html: colorized }} />
      )}
    </figure>
  );
}
