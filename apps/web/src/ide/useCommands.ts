import { useNavigate } from "react-router";
import { useStartDeploy } from "../deploy/useStartDeploy.ts";
import { editorActions } from "./editorActions.ts";
import { parentOf } from "./fileActions.ts";
import { ideShortcuts } from "./ideShortcuts.ts";
import type { Shortcut } from "./shortcut.ts";
import type { FilesView } from "./useFiles.ts";
import { useExplorerStore } from "./useExplorerStore.ts";
import { useFollowStore } from "./useFollowStore.ts";
import { useLayoutStore } from "./useLayoutStore.ts";
import { useOverlayStore } from "./useOverlayStore.ts";
import { useTabsStore } from "./useTabsStore.ts";

export interface Command {
  id: string;
  title: string;
  /** Other words people type for it in the palette (`filterCommands`). */
  keywords?: readonly string[];
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
  canDeploy,
  canOpenSettings,
  toggleTheme,
  runEditorAction,
}: {
  projectId: string;
  files: FilesView;
  readOnly: boolean;
  /** The project's `can.deploy`. */
  canDeploy: boolean;
  /** Offered to those who work on the project (`can.edit`), as the header's Settings link. */
  canOpenSettings: boolean;
  toggleTheme: () => void;
  /** Runs a Monaco action (find, replace) in the open editor, if one is open. */
  runEditorAction: (actionId: string) => void;
}): Command[] {
  // What enables a command is read here; what a command does reads the stores when it runs.
  const active = useTabsStore((s) => s.active);
  const following = useFollowStore((s) => s.following) !== null;
  const navigate = useNavigate();
  const startDeploy = useStartDeploy();
  const { setOverlay } = useOverlayStore.getState();
  const { setEditing, setDeleting } = useExplorerStore.getState();
  const layout = useLayoutStore.getState();
  const activePath = active ? (files.paths.get(active) ?? null) : null;
  const folder = activePath ? parentOf(activePath) : "";
  const step = (delta: number) => {
    const { tabs, active, open } = useTabsStore.getState();
    if (!tabs.length) return;
    const next = tabs[(tabs.indexOf(active ?? "") + delta + tabs.length) % tabs.length];
    if (next) open(next);
  };
  return [
    {
      id: "quick-open",
      keywords: ["open a file", "jump"],
      title: "Go to file…",
      shortcut: ideShortcuts.quickOpen,
      run: () => setOverlay("quick-open"),
    },
    {
      id: "commands",
      keywords: ["palette", "actions"],
      title: "Show all commands",
      shortcut: ideShortcuts.commands,
      run: () => setOverlay("commands"),
    },
    {
      id: "search",
      keywords: ["find in files", "grep"],
      title: "Search in the project…",
      shortcut: ideShortcuts.search,
      run: () => setOverlay("search"),
    },
    {
      id: "find",
      keywords: ["search this file"],
      title: "Find in this file",
      shortcut: ideShortcuts.find,
      enabled: Boolean(active),
      run: () => runEditorAction(editorActions.find.action),
    },
    {
      id: "replace",
      title: "Replace in this file",
      shortcut: ideShortcuts.replace,
      enabled: Boolean(active) && !readOnly,
      run: () => runEditorAction(editorActions.replace.action),
    },
    {
      id: "new-file",
      keywords: ["create a file", "add a file"],
      title: "New file…",
      shortcut: ideShortcuts.newFile,
      enabled: !readOnly,
      run: () => setEditing({ mode: "new-file", folder }),
    },
    {
      id: "new-folder",
      keywords: ["create a folder", "directory", "mkdir"],
      title: "New folder…",
      shortcut: ideShortcuts.newFolder,
      enabled: !readOnly,
      run: () => setEditing({ mode: "new-folder", folder }),
    },
    {
      id: "upload",
      keywords: ["import", "add files", "drop files"],
      title: "Upload files…",
      enabled: !readOnly,
      run: () => document.getElementById("explorer-upload")?.click(),
    },
    {
      id: "rename",
      keywords: ["move"],
      title: "Rename this file…",
      enabled: !readOnly && Boolean(activePath),
      run: () => activePath && setEditing({ mode: "rename", path: activePath, fileId: active }),
    },
    {
      id: "delete",
      keywords: ["remove", "trash"],
      title: "Delete this file…",
      enabled: !readOnly && Boolean(activePath),
      run: () => activePath && setDeleting({ path: activePath, fileId: active }),
    },
    {
      id: "close-tab",
      title: "Close this tab",
      shortcut: ideShortcuts.closeTab,
      enabled: Boolean(active),
      run: () => active && useTabsStore.getState().close(active),
    },
    { id: "next-tab", title: "Next tab", shortcut: ideShortcuts.nextTab, run: () => step(1) },
    { id: "previous-tab", title: "Previous tab", shortcut: ideShortcuts.previousTab, run: () => step(-1) },
    {
      id: "toggle-explorer",
      keywords: ["explorer", "sidebar", "tree"],
      title: "Show or hide the files",
      shortcut: ideShortcuts.toggleExplorer,
      run: layout.toggleExplorer,
    },
    {
      id: "toggle-panel",
      keywords: ["people", "sidebar", "right panel"],
      title: "Show or hide the side panel",
      shortcut: ideShortcuts.togglePanel,
      run: layout.togglePanel,
    },
    {
      id: "ask-ai",
      keywords: ["chat", "assistant", "help"],
      title: "Ask the AI…",
      shortcut: ideShortcuts.askAi,
      run: layout.focusAi,
    },
    {
      id: "run-agent",
      keywords: ["agent", "builder", "build", "plan", "generate", "make an app"],
      title: "Run the agent…",
      run: layout.focusAgent,
    },
    {
      id: "preview",
      keywords: ["run", "browser", "view the site"],
      title: "Show the preview",
      shortcut: ideShortcuts.preview,
      run: () => layout.showSidePanel("preview"),
    },
    {
      id: "deploy",
      keywords: ["publish", "release", "ship", "go live"],
      title: "Deploy the project",
      shortcut: ideShortcuts.deploy,
      enabled: canDeploy,
      run: () => void startDeploy(projectId),
    },
    {
      id: "deployments",
      keywords: ["history", "versions", "rollback"],
      title: "Show deployments",
      run: () => layout.showSidePanel("deploy"),
    },
    {
      id: "theme",
      title: "Switch between light and dark",
      keywords: ["theme", "dark mode", "light mode", "night", "colours", "colors", "appearance"],
      run: toggleTheme,
    },
    {
      id: "stop-following",
      keywords: ["unfollow"],
      title: "Stop following",
      enabled: following,
      run: () => useFollowStore.getState().follow(null),
    },
    {
      id: "settings",
      keywords: ["members", "share", "invite", "rename the project"],
      title: "Project settings",
      enabled: canOpenSettings,
      run: () => void navigate(`/p/${encodeURIComponent(projectId)}/settings`),
    },
    { id: "dashboard", keywords: ["home", "projects"], title: "Go to the dashboard", run: () => void navigate("/") },
  ];
}
