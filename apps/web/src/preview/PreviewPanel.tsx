import { ProjectKind, writeProjectKind } from "@wove/protocol";
import { useCallback, useState, type FormEvent } from "react";
import type * as Y from "yjs";
import type { FilesView } from "../ide/useFiles.ts";
import { useLayoutStore } from "../ide/useLayoutStore.ts";
import { useTabsStore } from "../ide/useTabsStore.ts";
import { BuildProblems } from "./BuildProblems.tsx";
import type { BuildProblem } from "./bundleEntry.ts";
import { linkAddress } from "./linkAddress.ts";
import { addressOf } from "./pageForPath.ts";
import { PreviewConsole, CONSOLE_LIMIT, type ConsoleLine } from "./PreviewConsole.tsx";
import { PreviewFrame } from "./PreviewFrame.tsx";
import type { FrameMessage } from "./previewMessages.ts";
import { useDetectedKind, usePreview } from "./usePreview.ts";
import "./PreviewPanel.css";

export interface PreviewPanelProps {
  doc: Y.Doc;
  projectId: string;
  files: FilesView;
  /** Viewers see the kind but cannot change it. */
  canEdit: boolean;
}

const KIND_LABELS: Record<ProjectKind, string> = {
  [ProjectKind.Static]: "Static site",
  [ProjectKind.Worker]: "Worker",
  [ProjectKind.FullStack]: "Full stack",
};

let nextLine = 1;

/**
 * The live preview: the project built in the browser (esbuild-wasm) as anyone types, shown
 * in a sandboxed frame, with its kind, build state and time, build errors that open the
 * file at their line, and the page's console. Default export for `React.lazy`.
 */
export default function PreviewPanel({ doc, projectId, files, canEdit }: PreviewPanelProps) {
  const active = useLayoutStore((s) => s.panelOpen && s.sidePanel === "preview");
  const open = useTabsStore((s) => s.open);
  const detected = useDetectedKind(doc, files.paths);
  const [address, setAddress] = useState("/");
  const [typed, setTyped] = useState("/");
  const [reloads, setReloads] = useState(0);
  const [lines, setLines] = useState<ConsoleLine[]>([]);
  const state = usePreview({ doc, projectId, detected, address, reload: reloads, active });
  const build = state.status === "done" ? state.build : state.last;
  const page = build?.ok ? build.page : null;
  const navigate = (next: string) => {
    setAddress(next);
    setTyped(next);
  };
  const onMessage = useCallback(
    (message: FrameMessage) => {
      if (message.type === "console") {
        setLines((all) => [...all, { id: nextLine++, level: message.level, text: message.text }].slice(-CONSOLE_LIMIT));
      } else if (message.type === "navigate") {
        // A page's links are relative to its own address (`/docs/` for docs/index.html), a Worker's to the one asked.
        const next = linkAddress(message.href, page ? addressOf(page, detected.assetsDir ?? "") : address);
        if (next !== null) {
          setAddress(next);
          setTyped(next);
        }
      }
    },
    [page, address, detected.assetsDir],
  );

  const openProblem = (problem: BuildProblem) => {
    const id = problem.file ? files.ids.get(problem.file) : undefined;
    if (id) open(id, { line: problem.line ?? 1, column: problem.column ?? 1 });
  };
  const go = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.startsWith("/") ? typed : `/${typed}`;
    if (next === address) setReloads((n) => n + 1);
    else navigate(next);
  };

  return (
    <div className="preview">
      <div className="preview__bar">
        <label className="preview__kind">
          <span className="muted">Kind</span>
          <select
            aria-label="Project kind"
            value={detected.chosen ? detected.kind : "auto"}
            disabled={!canEdit}
            onChange={(event) =>
              writeProjectKind(doc, event.target.value === "auto" ? null : (event.target.value as ProjectKind))
            }
          >
            <option value="auto">Automatic</option>
            {Object.values(ProjectKind).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <span className="preview__detected" data-testid="preview-kind" data-kind={detected.kind}>
          {KIND_LABELS[detected.kind]} <span className="muted">· {detected.reason}</span>
        </span>
      </div>
      <div className="preview__bar">
        <form className="preview__address" onSubmit={go}>
          <input aria-label="Preview address" value={typed} onChange={(event) => setTyped(event.target.value)} />
          <button type="submit" className="button button--quiet button--small">
            Go
          </button>
        </form>
        <span
          className="preview__status"
          data-testid="preview-status"
          data-status={state.status === "building" ? "building" : build?.ok ? "ready" : "error"}
          role="status"
        >
          {state.status === "building"
            ? "Building…"
            : build?.ok
              ? `Ready · ${build.ms} ms`
              : `Build failed · ${build?.ms ?? 0} ms`}
        </span>
      </div>
      {build && !build.ok && <BuildProblems problems={build.problems} onOpen={openProblem} />}
      <div className="preview__stage">
        {build?.ok ? (
          <PreviewFrame build={build} onMessage={onMessage} />
        ) : (
          !build && <p className="muted side-panel__empty">Starting the build…</p>
        )}
      </div>
      <PreviewConsole lines={lines} onClear={() => setLines([])} />
    </div>
  );
}
