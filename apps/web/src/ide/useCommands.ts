import { useNavigate } from "react-router";
import { deployShortcut } from "../deploy/deployShortcut.ts";
import { useDeployStore } from "../deploy/useDeployStore.ts";
import { editorActions } from "./editorActions.ts";
import { parentOf } from "./fileActions.ts";
import type { Shortcut } from "./shortcut.ts";
import type { FilesView } from "./useFiles.ts";
import { useIdeStore } from "./useIdeStore.ts";

export interface Command {
  id: string;
  title: string;
  shortcut?: Shortcut;
  /** False hides it from the palette and its shortcut does nothing. */
  enabled?: boolean;
  run: () => void;
}

/** Every IDE command, for the palette and the keyboard. */
export function useCommands({
  projectId,
  files,
  readOnly,
  canManage,
  toggleTheme,
  runEditorAction,
}: {
  projectId: string;
  files: FilesView;
  readOnly: boolean;
  canManage: boolean;
  toggleTheme: () => void;
  /** Runs a Monaco action (find, replace) in the open editor, if one is open. */
  runEditorAction: (actionId: string) => void;
}): Command[] {
  const store = useIdeStore();
  const navigate = useNavigate();
  const activePath = store.active ? (files.paths.get(store.active) ?? null) : null;
  const folder = activePath ? parentOf(activePath) : "";
  const step = (delta: number) => {
    const { tabs, active } = store;
    if (!tabs.length) return;
    const next = tabs[(tabs.indexOf(active ?? "") + delta + tabs.length) % tabs.length];
    if (next) store.open(next);
  };
  return [
    {
      id: "quick-open",
      title: "Go to file…",
      shortcut: { key: "p", mod: true },
      run: () => store.setOverlay("quick-open"),
    },
    {
      id: "commands",
      title: "Show all commands",
      shortcut: { key: "p", mod: true, shift: true },
      run: () => store.setOverlay("commands"),
    },
    {
      id: "search",
      title: "Search in the project…",
      shortcut: { key: "f", mod: true, shift: true },
      run: () => store.setOverlay("search"),
    },
    {
      id: "find",
      title: "Find in this file",
      shortcut: editorActions.find.shortcut,
      enabled: Boolean(store.active),
      run: () => runEditorAction(editorActions.find.action),
    },
    {
      id: "replace",
      title: "Replace in this file",
      shortcut: editorActions.replace.shortcut,
      enabled: Boolean(store.active) && !readOnly,
      run: () => runEditorAction(editorActions.replace.action),
    },
    {
      id: "new-file",
      title: "New file…",
      shortcut: { key: "n", alt: true },
      enabled: !readOnly,
      run: () => store.setEditing({ mode: "new-file", folder }),
    },
    {
      id: "new-folder",
      title: "New folder…",
      shortcut: { key: "n", alt: true, shift: true },
      enabled: !readOnly,
      run: () => store.setEditing({ mode: "new-folder", folder }),
    },
    {
      id: "upload",
      title: "Upload files…",
      enabled: !readOnly,
      run: () => document.getElementById("explorer-upload")?.click(),
    },
    {
      id: "rename",
      title: "Rename this file…",
      enabled: !readOnly && Boolean(activePath),
      run: () => activePath && store.setEditing({ mode: "rename", path: activePath, fileId: store.active }),
    },
    {
      id: "delete",
      title: "Delete this file…",
      enabled: !readOnly && Boolean(activePath),
      run: () => activePath && store.setDeleting({ path: activePath, fileId: store.active }),
    },
    {
      id: "close-tab",
      title: "Close this tab",
      shortcut: { key: "w", alt: true },
      enabled: Boolean(store.active),
      run: () => store.active && store.close(store.active),
    },
    { id: "next-tab", title: "Next tab", shortcut: { key: "]", alt: true }, run: () => step(1) },
    { id: "previous-tab", title: "Previous tab", shortcut: { key: "[", alt: true }, run: () => step(-1) },
    {
      id: "toggle-explorer",
      title: "Show or hide the files",
      shortcut: { key: "b", mod: true },
      run: store.toggleExplorer,
    },
    {
      id: "toggle-panel",
      title: "Show or hide the side panel",
      shortcut: { key: "b", mod: true, alt: true },
      run: store.togglePanel,
    },
    {
      id: "ask-ai",
      title: "Ask the AI…",
      shortcut: { key: "a", alt: true },
      run: store.focusAi,
    },
    {
      id: "preview",
      title: "Show the preview",
      shortcut: { key: "v", alt: true },
      run: () => store.showSidePanel("preview"),
    },
    {
      id: "deploy",
      title: "Deploy the project",
      shortcut: deployShortcut,
      enabled: canManage,
      run: () => void useDeployStore.getState().start(projectId),
    },
    {
      id: "deployments",
      title: "Show deployments",
      run: () => store.showSidePanel("deploy"),
    },
    { id: "theme", title: "Switch between light and dark", run: toggleTheme },
    {
      id: "stop-following",
      title: "Stop following",
      enabled: store.following !== null,
      run: () => store.follow(null),
    },
    {
      id: "settings",
      title: "Project settings",
      enabled: canManage,
      run: () => void navigate(`/p/${encodeURIComponent(projectId)}/settings`),
    },
    { id: "dashboard", title: "Go to the dashboard", run: () => void navigate("/") },
  ];
}
