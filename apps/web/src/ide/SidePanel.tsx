import { useState, type ReactNode } from "react";
import { useIdeStore, type SidePanel as SidePanelId } from "./useIdeStore.ts";

/**
 * The right-hand panel: People or AI, as tabs. A panel stays mounted once shown (hidden
 * when the other is chosen), so an answer streaming in the AI panel is not cut off by a
 * look at who is here; the AI panel is not loaded at all until first shown.
 */
export function SidePanel({ people, ai }: { people: ReactNode; ai: () => ReactNode }) {
  const { sidePanel, showSidePanel } = useIdeStore();
  const [aiShown, setAiShown] = useState(sidePanel === "ai");
  if (sidePanel === "ai" && !aiShown) setAiShown(true);
  const tabs: { id: SidePanelId; label: string }[] = [
    { id: "people", label: "People" },
    { id: "ai", label: "AI" },
  ];
  return (
    <div className="side-tabs">
      <div role="tablist" aria-label="Side panel" className="side-tabs__list">
        {tabs.map((tab) => (
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
      <div role="tabpanel" id="side-panel-people" aria-labelledby="side-tab-people" hidden={sidePanel !== "people"}>
        {people}
      </div>
      {aiShown && (
        <div role="tabpanel" id="side-panel-ai" aria-labelledby="side-tab-ai" hidden={sidePanel !== "ai"}>
          {ai()}
        </div>
      )}
    </div>
  );
}
