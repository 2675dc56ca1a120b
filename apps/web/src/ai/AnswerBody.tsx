import { useMemo } from "react";
import { CodeBlock } from "./CodeBlock.tsx";
import { splitAnswer } from "./splitAnswer.ts";
import { whyNotApplicable, type AnswerEnding } from "./whyNotApplicable.ts";

/** An answer's Markdown: prose as sanitized HTML (see splitAnswer), code blocks coloured. */
export function AnswerBody({
  content,
  ending,
  onReview,
}: {
  content: string;
  ending: AnswerEnding;
  onReview: ((change: { path: string; text: string }) => void) | null;
}) {
  const parts = useMemo(() => splitAnswer(content), [content]);
  return (
    <div className="ai-answer">
      {parts.map((part, index) =>
        part.kind === "prose" ? (
          // markdown-it with `html: false`: the model's own HTML arrives escaped.
          <div key={index} className="ai-answer__prose" dangerouslySetInnerHTML={{ __html: part.html }} />
        ) : (
          <CodeBlock
            key={index}
            code={part.code}
            lang={part.lang}
            path={part.path}
            streaming={ending === "streaming"}
            unapplicable={
              part.path === null ? null : whyNotApplicable({ path: part.path, closed: part.closed }, ending)
            }
            onReview={onReview}
          />
        ),
      )}
    </div>
  );
}
