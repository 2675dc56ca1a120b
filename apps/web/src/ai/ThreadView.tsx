import { MessageStatus, type ThreadMessage } from "@wove/protocol";
import { useEffect, useRef } from "react";
import { AnswerBody } from "./AnswerBody.tsx";
import { formatUsage } from "./formatUsage.ts";
import type { AnswerEnding } from "./whyNotApplicable.ts";

/** The conversation, oldest first, following the newest text while you are at the bottom. */
export function ThreadView({
  messages,
  answering,
  onReview,
}: {
  messages: ThreadMessage[];
  /** Whether any AI in the room is answering now (else a "streaming" answer was cut off). */
  answering: boolean;
  onReview: ((change: { path: string; text: string }) => void) | null;
}) {
  const list = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const last = messages.at(-1);
  useEffect(() => {
    const element = list.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [messages.length, last?.content]);
  return (
    <ol
      ref={list}
      className="ai-thread"
      aria-label="Conversation"
      onScroll={(event) => {
        const element = event.currentTarget;
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
      }}
    >
      {messages.map((message) => (
        <li key={message.id} className={`ai-message ai-message--${message.role}`} data-status={message.status}>
          <div className="ai-message__who muted">
            {message.role === "user" ? message.author.name : `AI for ${message.author.name}`}
          </div>
          {message.role === "user" ? (
            <>
              <p className="ai-message__question">{message.content}</p>
              {message.attachments.length > 0 && (
                <ul className="ai-chips" aria-label="Attached">
                  {message.attachments.map((label) => (
                    <li key={label} className="ai-chip">
                      {label}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <>
              <AnswerBody content={message.content} ending={endingOf(message, answering)} onReview={onReview} />
              <AnswerFooter message={message} answering={answering} />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

/** How an answer stands: its durable status (SPEC D10), and whether anyone is still writing it. */
function endingOf(message: ThreadMessage, answering: boolean): AnswerEnding {
  if (message.status === MessageStatus.Streaming) return answering ? "streaming" : "cut-off";
  return message.status;
}

function AnswerFooter({ message, answering }: { message: ThreadMessage; answering: boolean }) {
  if (message.status === MessageStatus.Streaming) {
    return (
      <p className="ai-message__meta muted">
        {answering ? "Writing…" : "Cut off: the person who asked left before the answer finished."}
      </p>
    );
  }
  if (message.status === MessageStatus.Failed) {
    return (
      <p className="ai-message__meta error" role="alert">
        {message.error ?? "The answer failed."}
      </p>
    );
  }
  const parts = [
    message.status === MessageStatus.Stopped ? "Stopped" : null,
    message.model ?? null,
    message.usage ? formatUsage(message.usage) : null,
  ].filter(Boolean);
  return parts.length > 0 ? (
    <p className="ai-message__meta muted" data-testid="ai-usage">
      {parts.join(" · ")}
    </p>
  ) : null;
}
