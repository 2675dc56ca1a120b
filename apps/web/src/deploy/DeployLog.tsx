import { useEffect, useRef } from "react";
import { parseLogLine, type LogLocation } from "./parseLogLine.ts";

/**
 * A deployment's log, kept scrolled to its newest line while it grows. A line that names a
 * project file and line (a build error) is a button that opens the file there, when that
 * file still exists; otherwise it is shown as it is.
 */
export function DeployLog({
  lines,
  canOpen,
  onOpen,
}: {
  lines: string[];
  canOpen: (file: string) => boolean;
  onOpen: (location: LogLocation) => void;
}) {
  const ref = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = ref.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [lines.length]);
  return (
    <ol ref={ref} className="deploy-log" aria-label="Deploy log">
      {lines.map((text, index) => {
        const { location } = parseLogLine(text);
        const where = location ? `${location.file}:${location.line}:${location.column}` : "";
        return (
          <li key={index} className={location ? "deploy-log__line deploy-log__line--located" : "deploy-log__line"}>
            {location && canOpen(location.file) ? (
              <>
                <button
                  type="button"
                  className="deploy-log__link"
                  onClick={() => onOpen(location)}
                  title={`Open ${location.file} at line ${location.line}`}
                >
                  {where}
                </button>
                {text.slice(text.indexOf(where) + where.length)}
              </>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ol>
  );
}
