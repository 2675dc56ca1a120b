import { findFile, readText, type ThreadMessage } from "@wove/protocol";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { FilesView } from "../ide/useFiles.ts";
import { buildChatRequest, type Attachments } from "./buildChatRequest.ts";
import { estimatePrompt } from "./estimatePrompt.ts";
import { readOwnSelection } from "./readOwnSelection.ts";
import type { AskState } from "./useAsk.ts";

/**
 * The question box: Enter sends, Shift+Enter is a new line; the current file or the
 * selection can be attached to the next question, files pinned to every question; the
 * estimate of the prompt's size shows before sending.
 */
export function Composer({
  doc,
  awareness,
  files,
  activeFileId,
  history,
  modelWindow,
  state,
  blocked,
  focusNonce,
  onAsk,
  onStop,
  onProblem,
}: {
  doc: Y.Doc;
  awareness: Awareness;
  files: FilesView;
  activeFileId: string | null;
  history: ThreadMessage[];
  /** The chosen model's context window, with its name; null for "auto". */
  modelWindow: { tokens: number; name: string } | null;
  state: AskState;
  /** Why a question now would be bound to fail (see whyCannotAsk): nothing is sent, this says why. */
  blocked: string | null;
  focusNonce: number;
  onAsk: (text: string, attachments: Attachments, onSent: () => void) => void;
  onStop: () => void;
  onProblem: (message: string) => void;
}) {
  const [text, setText] = useState("");
  const [current, setCurrent] = useState<Attachments["currentFile"]>(null);
  const [pinned, setPinned] = useState<string[]>([]);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusNonce > 0) box.current?.focus();
  }, [focusNonce]);

  const activePath = activeFileId && files.kinds.get(activeFileId) === "text" ? files.paths.get(activeFileId) : null;
  const attachments: Attachments = { currentFile: current, pinned };
  const textOfPath = (path: string) => {
    const id = findFile(doc, path);
    return (id && readText(doc, id)) ?? "";
  };
  const attached = [
    ...(current ? [current.selection?.text ?? textOfPath(current.path)] : []),
    ...pinned.map(textOfPath),
  ];
  const historyRequest = useMemo(
    () => buildChatRequest({ history, question: "", model: "auto", attachments: { currentFile: null, pinned: [] } }),
    [history],
  );
  const tokens = estimatePrompt(historyRequest, [text, ...attached]);

  const send = () => {
    const question = text.trim();
    if (!question || state !== "idle" || blocked) return;
    onAsk(question, attachments, () => {
      setText("");
      setCurrent(null);
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };
  const attachSelection = () => {
    const selection = readOwnSelection(doc, awareness);
    const path = selection && files.paths.get(selection.fileId);
    if (!selection || !path) return onProblem("Select some text in the editor first, then attach it.");
    setCurrent({ path, selection: { text: selection.text, label: selection.label } });
  };

  return (
    <form
      className="ai-composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <div className="ai-composer__attach">
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={!activePath}
          onClick={() => activePath && setCurrent({ path: activePath })}
        >
          + File
        </button>
        <button type="button" className="button button--quiet button--small" onClick={attachSelection}>
          + Selection
        </button>
        <select
          className="ai-composer__pin"
          aria-label="Pin a file"
          value=""
          onChange={(event) => event.target.value && setPinned((p) => [...new Set([...p, event.target.value])])}
        >
          <option value="">Pin a file…</option>
          {[...files.paths]
            .filter(([id, path]) => files.kinds.get(id) === "text" && !pinned.includes(path))
            .map(([id, path]) => (
              <option key={id} value={path}>
                {path}
              </option>
            ))}
        </select>
      </div>
      {(current || pinned.length > 0) && (
        <ul className="ai-chips" aria-label="Attached to the next question">
          {current && (
            <Chip
              label={current.selection ? `${current.path} (${current.selection.label})` : current.path}
              onRemove={() => setCurrent(null)}
            />
          )}
          {pinned.map((path) => (
            <Chip
              key={path}
              label={`Pinned: ${path}`}
              onRemove={() => setPinned((p) => p.filter((other) => other !== path))}
            />
          ))}
        </ul>
      )}
      <textarea
        ref={box}
        className="ai-composer__box"
        aria-label="Ask the AI"
        placeholder="Ask about the project, or for a change…"
        rows={3}
        disabled={blocked !== null && state === "idle"}
        aria-describedby={blocked ? "ai-composer-blocked" : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="ai-composer__foot">
        {blocked && state === "idle" ? (
          <span className="ai-composer__estimate" id="ai-composer-blocked" data-testid="ai-composer-blocked">
            {blocked}
          </span>
        ) : (
          <span className="muted ai-composer__estimate" data-testid="ai-estimate">
            ≈ {tokens.toLocaleString("en")} tokens
            {modelWindow && ` of ${modelWindow.name}'s ${modelWindow.tokens.toLocaleString("en")}`}
            {modelWindow && tokens > modelWindow.tokens && " (older turns will be summarised)"}
          </span>
        )}
        {state === "idle" ? (
          <button
            type="submit"
            className="button button--primary button--small"
            disabled={!text.trim() || blocked !== null}
          >
            Send
          </button>
        ) : (
          <button type="button" className="button button--danger button--small" onClick={onStop}>
            Stop
          </button>
        )}
      </div>
    </form>
  );
}

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <li className="ai-chip">
      {label}
      <button type="button" className="ai-chip__remove" aria-label={`Remove ${label}`} onClick={onRemove}>
        ×
      </button>
    </li>
  );
}
