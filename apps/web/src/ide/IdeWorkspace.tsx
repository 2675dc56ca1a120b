import { listEntries } from "@wove/protocol";
import { setCurrentFile } from "@wove/sync";
import { useCallback, useEffect, useRef } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import { LazyAgentPanel } from "../agent/LazyAgentPanel.tsx";
import { LazyAiPanel } from "../ai/LazyAiPanel.tsx";
import type { Project } from "../api/Project.ts";
import { LazyDeployPanel } from "../deploy/LazyDeployPanel.tsx";
import { useOnline } from "../local/useOnline.ts";
import { useSetting } from "../local/useSetting.ts";
import { LazyPreviewPanel } from "../preview/LazyPreviewPanel.tsx";
import { NoticeStack } from "../ui/NoticeStack.tsx";
import { useTheme } from "../ui/useTheme.ts";
import { CollaboratorsPanel } from "./CollaboratorsPanel.tsx";
import { CommandPalette } from "./CommandPalette.tsx";
import { DeleteDialog } from "./DeleteDialog.tsx";
import { EditorPane } from "./EditorPane.tsx";
import { EditorTabs } from "./EditorTabs.tsx";
import { FileExplorer } from "./FileExplorer.tsx";
import { IdeBanners } from "./IdeBanners.tsx";
import { IdeHeader } from "./IdeHeader.tsx";
import type { ProjectSession } from "./openProjectSession.ts";
import { ProjectSearch } from "./ProjectSearch.tsx";
import { RoomContext } from "./RoomContext.ts";
import { QuickOpen } from "./QuickOpen.tsx";
import { sameLayout } from "./sameLayout.ts";
import { SidePanel } from "./SidePanel.tsx";
import { StatusBar } from "./StatusBar.tsx";
import { useCommands } from "./useCommands.ts";
import { useDeepLink } from "./useDeepLink.ts";
import { useFiles } from "./useFiles.ts";
import { useFollow } from "./useFollow.ts";
import { useFollowStore } from "./useFollowStore.ts";
import { useLayoutStore } from "./useLayoutStore.ts";
import { useOverlayStore } from "./useOverlayStore.ts";
import { followedBy, usePresence } from "./usePresence.ts";
import { useRoomState } from "./useRoomState.ts";
import { useRestoreTabs } from "./useRestoreTabs.ts";
import { useShortcuts } from "./useShortcuts.ts";
import { useTabsStore } from "./useTabsStore.ts";

/** The IDE around an open project session: explorer, tabs and editor, people, status. */
export function IdeWorkspace({
  project,
  session,
  linkedPath,
  pending,
}: {
  project: Project;
  session: ProjectSession;
  linkedPath: string;
  /** Created offline and not on the server yet (useProject's `pending`). */
  pending: boolean;
}) {
  const { doc, client } = session;
  const files = useFiles(doc);
  const people = usePresence(client.awareness);
  const room = useRoomState(client);
  const online = useOnline();
  const theme = useTheme();
  const active = useTabsStore((s) => s.active);
  const prune = useTabsStore((s) => s.prune);
  const overlay = useOverlayStore((s) => s.overlay);
  const explorerOpen = useLayoutStore((s) => s.explorerOpen);
  const panelOpen = useLayoutStore((s) => s.panelOpen);
  const following = useFollowStore((s) => s.following);
  // The open editor's actions: set by it, run by a command; never rendered, so a ref.
  const editorActions = useRef<((actionId: string) => void) | null>(null);
  const onEditorActions = useCallback((run: ((actionId: string) => void) | null) => {
    editorActions.current = run;
  }, []);
  // What the person may do is the server's answer (`can`); a room that refused the
  // socket makes the editor read-only too, but does not change who may deploy.
  const readOnly = !project.can.edit || room.denied !== null;
  const canDeploy = project.can.deploy;
  const [paneSizes, setPaneSizes, layoutReady] = useSetting("paneSizes", {});

  useRestoreTabs(project.id, files);
  useDeepLink(project.id, linkedPath, files, room.status === "synced");
  useFollow(doc, people);

  // Tabs of files deleted (here or by someone else) close.
  useEffect(() => prune((id) => files.paths.has(id)), [files, prune]);
  // Others see which file we are in.
  useEffect(() => setCurrentFile(client.awareness, active), [client, active]);

  const commands = useCommands({
    projectId: project.id,
    files,
    readOnly,
    canDeploy,
    canOpenSettings: project.can.edit,
    toggleTheme: theme.toggle,
    runEditorAction: (id) => editorActions.current?.(id),
  });
  useShortcuts(commands, overlay !== null);

  const activePath = active ? (files.paths.get(active) ?? null) : null;
  const followed = followedBy(people, following);
  return (
    <RoomContext value={client}>
      <div className="ide">
        <IdeHeader
          project={project}
          people={people}
          readOnly={readOnly}
          canDeploy={canDeploy}
          theme={theme.resolved}
          onToggleTheme={theme.toggle}
          onCommands={() => useOverlayStore.getState().setOverlay("commands")}
        />
        <IdeBanners room={room} canEdit={project.can.edit} projectId={project.id} pending={pending} />
        {/* Laid out once the saved sizes are read, so the panes do not jump. */}
        {layoutReady && (
          <Group
            className="ide__panes"
            orientation="horizontal"
            defaultLayout={paneSizes.ide}
            // Also called on mount with the layout just restored: saving it again would only
            // wake every reader of the settings (and re-render the IDE) while the editor loads.
            onLayoutChanged={(layout) => {
              if (!sameLayout(paneSizes.ide, layout)) setPaneSizes({ ...paneSizes, ide: layout });
            }}
          >
            {explorerOpen && (
              <>
                <Panel id="explorer" defaultSize="20%" minSize="160px" collapsible>
                  <FileExplorer doc={doc} projectId={project.id} files={files} people={people} readOnly={readOnly} />
                </Panel>
                <Separator className="ide__separator" />
              </>
            )}
            <Panel id="editor" minSize="30%">
              <div className="editor-column">
                <EditorTabs files={files} people={people} />
                <div className="editor-column__body">
                  <EditorPane
                    doc={doc}
                    projectId={project.id}
                    awareness={client.awareness}
                    files={files}
                    readOnly={readOnly}
                    theme={theme.resolved}
                    onEditorActions={onEditorActions}
                  />
                </div>
              </div>
            </Panel>
            {panelOpen && (
              <>
                <Separator className="ide__separator" />
                <Panel id="side" defaultSize="28%" minSize="180px" collapsible>
                  <SidePanel
                    people={
                      <CollaboratorsPanel
                        people={people}
                        files={files}
                        offline={!online || room.status === "offline"}
                      />
                    }
                    ai={() => (
                      <LazyAiPanel
                        doc={doc}
                        awareness={client.awareness}
                        projectId={project.id}
                        author={session.user}
                        files={files}
                        canEdit={!readOnly}
                        theme={theme.resolved}
                      />
                    )}
                    agent={() => (
                      <LazyAgentPanel
                        connecting={room.status === "connecting"}
                        doc={doc}
                        projectId={project.id}
                        user={session.user}
                        canEdit={!readOnly}
                        files={files}
                      />
                    )}
                    preview={() => (
                      <LazyPreviewPanel doc={doc} projectId={project.id} files={files} canEdit={!readOnly} />
                    )}
                    deploy={() => <LazyDeployPanel project={project} files={files} doc={doc} canDeploy={canDeploy} />}
                  />
                </Panel>
              </>
            )}
          </Group>
        )}
        <StatusBar
          room={room}
          client={client}
          doc={doc}
          flush={session.flush}
          online={online}
          activePath={activePath}
          following={followed}
          onStopFollowing={() => useFollowStore.getState().follow(null)}
        />
        {overlay === "quick-open" && <QuickOpen files={files} />}
        {overlay === "commands" && <CommandPalette commands={commands} />}
        {overlay === "search" && <ProjectSearch doc={doc} files={files} />}
        <DeleteDialog
          doc={doc}
          fileCount={(folder) => listEntries(doc).filter((e) => e.path.startsWith(`${folder}/`)).length}
        />
        <NoticeStack />
      </div>
    </RoomContext>
  );
}
