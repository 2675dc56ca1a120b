import { lazy, Suspense, type ReactElement, type ReactNode } from "react";
import { LoadBoundary } from "../ui/LoadBoundary.tsx";
import type { CodeEditorProps } from "./CodeEditor.tsx";
import "./CodeEditor.css";

// Monaco and the component's chunk load in parallel, so Suspense covers both.
const CodeEditor = lazy(async () => {
  const [module] = await Promise.all([
    import("./CodeEditor.tsx"),
    import("./loadMonaco.ts").then(({ loadMonaco }) => loadMonaco()),
  ]);
  return module;
});

/** The code editor, loaded on first render: Monaco stays out of the shell's bundle. */
export function LazyCodeEditor(props: CodeEditorProps): ReactElement {
  return (
    <LoadBoundary
      fallback={
        <EditorStatus role="alert">
          The editor could not load. Check your connection, then reload the page.
        </EditorStatus>
      }
    >
      <Suspense fallback={<EditorStatus role="status">Loading the editor…</EditorStatus>}>
        <CodeEditor {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

function EditorStatus({ role, children }: { role: "status" | "alert"; children: ReactNode }): ReactElement {
  return (
    <div className="code-editor" data-editor-ready="false">
      <p className="code-editor__status" role={role}>
        {children}
      </p>
    </div>
  );
}
