import { useState, type ReactNode } from "react";
import { useLayoutStore, type SidePanel as SidePanelId } from "./useLayoutStore.ts";

const TABS: { id: SidePanelId; label: string }[] = [
  { id: "people", label: "People" },
  { id: "ai", label: "AI" },
  { id: "agent", label: "Agent" },
  { id: "preview", label: "Preview" },
  { id: "deploy", label: "Deploys" },
];

/**
 * The right-hand panel: People, AI, Agent, Preview or Deploys, as tabs. A panel stays
 * mounted once shown (hidden when another is chosen), so an answer streaming in the AI
 * panel is not cut off by a look at who is here, the preview keeps its console, an agent
 * run's log keeps its place and a deploy's progress keeps coming; every panel but People
 * is not loaded at all until first shown.
 */
export function SidePanel({
  people,
  ai,
  agent,
  preview,
  deploy,
}: {
  people: ReactNode;
  ai: () => ReactNode;
  /** The builder agent's runs and prompt, loaded on first show like AI. */
  agent: () => ReactNode;
  preview: () => ReactNode;
  /** The Deploys panel: its progress and history, loaded on first show like AI and Preview. */
  deploy: () => ReactNode;
}) {
  const sidePanel = useLayoutStore((s) => s.sidePanel);
  const showSidePanel = useLayoutStore((s) => s.showSidePanel);
  const [shown, setShown] = useState<SidePanelId[]>(["people", sidePanel]);
  if (!shown.includes(sidePanel)) setShown([...shown, sidePanel]);
  const content: Record<SidePanelId, () => ReactNode> = { people: () => people, ai, agent, preview, deploy };
  return (
    <div className="side-tabs">
      <div role="tablist" aria-label="Side panel" className="side-tabs__list">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`side-tab-${tab.id}`}
            aria-selected={sidePanel === tab.id}
            aria-controls={`side-panel-${tab.id}`}
            className="tabs__tab"
            onClick={() => showSidePanel(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.filter((tab) => shown.includes(tab.id)).map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`side-panel-${tab.id}`}
          aria-labelledby={`side-tab-${tab.id}`}
          hidden={sidePanel !== tab.id}
        >
          {content[tab.id]()}
        </div>
      ))}
    </div>
  );
}
