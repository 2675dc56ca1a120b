import { useEffect, useRef, useState } from "react";
import { languageFor } from "../editor/languageFor.ts";
import { loadMonacoFeatures } from "../editor/loadMonaco.ts";

/** A read-only Monaco diff of a file: its text now (left) against the proposal (right). */
export function DiffView({
  path,
  before,
  after,
  theme,
}: {
  path: string;
  before: string;
  after: string;
  theme: "light" | "dark";
}) {
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let dispose = () => undefined as void;
    let cancelled = false;
    // With the features (find, folding...): Monaco gives an editor only those loaded before it.
    loadMonacoFeatures().then(
      (monaco) => {
        if (cancelled) return;
        // No URIs: the project's models own `file:///<path>`, and these must not collide.
        const language = languageFor(path);
        const original = monaco.editor.createModel(before, language);
        const modified = monaco.editor.createModel(after, language);
        const diff = monaco.editor.createDiffEditor(element, {
          readOnly: true,
          originalEditable: false,
          automaticLayout: true,
          renderSideBySide: element.clientWidth > 720,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          theme: theme === "dark" ? "vs-dark" : "vs",
        });
        diff.setModel({ original, modified });
        dispose = () => {
          diff.dispose();
          original.dispose();
          modified.dispose();
        };
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      dispose();
    };
  }, [path, before, after, theme]);
  if (failed) return <p className="error">The diff could not load. Check your connection, then try again.</p>;
  return <div ref={host} className="ai-diff" data-testid="ai-diff" />;
}
