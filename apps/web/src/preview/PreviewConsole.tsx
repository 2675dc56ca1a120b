import type { ConsoleLevel } from "./previewMessages.ts";

export interface ConsoleLine {
  id: number;
  level: ConsoleLevel;
  text: string;
}

/** The preview's console: newest last, at most CONSOLE_LIMIT lines kept. */
export const CONSOLE_LIMIT = 200;

export function PreviewConsole({ lines, onClear }: { lines: ConsoleLine[]; onClear: () => void }) {
  return (
    <section className="preview__console" aria-label="Console">
      <header className="preview__section-head">
        <span>Console{lines.length ? ` (${lines.length})` : ""}</span>
        <button type="button" className="button button--quiet button--small" onClick={onClear} disabled={!lines.length}>
          Clear
        </button>
      </header>
      <ol className="preview__console-lines" aria-label="Console output">
        {lines.map((line) => (
          <li
            key={line.id}
            className={`preview__console-line preview__console-line--${line.level}`}
            data-level={line.level}
          >
            {line.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
