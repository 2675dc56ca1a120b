import { useState } from "react";
import { useColorized } from "./useColorized.ts";

/**
 * A code block of an answer, coloured by Monaco. A block with `path=` is a proposed file:
 * "Review change" opens its diff once the answer is no longer streaming, unless the block
 * was cut short (`unapplicable` says why, in its place).
 */
export function CodeBlock({
  code,
  lang,
  path,
  streaming,
  unapplicable,
  onReview,
}: {
  code: string;
  lang: string;
  path: string | null;
  streaming: boolean;
  /** Why this proposed file cannot be applied (it was cut short), or null. */
  unapplicable: string | null;
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
        {path && !streaming && onReview && !unapplicable && (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => onReview({ path, text: code })}
          >
            Review change
          </button>
        )}
      </figcaption>
      {path && unapplicable && (
        <p className="ai-code__note muted" data-testid="ai-cut-short">
          {unapplicable}
        </p>
      )}
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
