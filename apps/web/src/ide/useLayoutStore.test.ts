import { describe, expect, it } from "vitest";
import { useLayoutStore } from "./useLayoutStore.ts";

const layout = () => useLayoutStore.getState();

describe("useLayoutStore", () => {
  it("opens the side panel to show a chosen panel, even when it was hidden", () => {
    layout().togglePanel();
    expect(layout().panelOpen).toBe(false);
    layout().showSidePanel("preview");
    expect(layout()).toMatchObject({ panelOpen: true, sidePanel: "preview" });
  });

  it("moves focus to the AI panel each time it is asked, also when it is already showing", () => {
    layout().focusAi();
    const first = layout().aiFocus;
    layout().focusAi();
    expect(layout()).toMatchObject({ sidePanel: "ai", panelOpen: true });
    expect(layout().aiFocus).toBe(first + 1);
  });

  it("moves focus to the Agent panel's prompt each time it is asked, opening a hidden side panel", () => {
    layout().showSidePanel("people");
    layout().togglePanel();
    const first = layout().agentFocus;
    layout().focusAgent();
    expect(layout()).toMatchObject({ sidePanel: "agent", panelOpen: true, agentFocus: first + 1 });
    layout().focusAgent();
    expect(layout().agentFocus).toBe(first + 2);
  });

  it("hides and shows the explorer", () => {
    const before = layout().explorerOpen;
    layout().toggleExplorer();
    expect(layout().explorerOpen).toBe(!before);
  });
});
