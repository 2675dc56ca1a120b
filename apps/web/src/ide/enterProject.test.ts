import { describe, expect, it } from "vitest";
import { useNotices } from "../state/useNotices.ts";
import { enterProject } from "./enterProject.ts";
import { useExplorerStore } from "./useExplorerStore.ts";
import { useFollowStore } from "./useFollowStore.ts";
import { useLayoutStore } from "./useLayoutStore.ts";
import { useOverlayStore } from "./useOverlayStore.ts";
import { useTabsStore } from "./useTabsStore.ts";

describe("enterProject", () => {
  it("starts another project with no tabs, no one followed, no overlay, nothing half-named and no passing notice", () => {
    enterProject("one");
    useTabsStore.getState().open("f1");
    useFollowStore.getState().follow(7);
    useOverlayStore.getState().setOverlay("search");
    useExplorerStore.getState().setEditing({ mode: "new-file", folder: "" });
    useNotices.getState().notify("Added a.txt");
    useNotices.getState().notify("You joined Two as an editor.", { path: "/p/two/settings" });
    useLayoutStore.getState().showSidePanel("deploy");

    enterProject("two");
    expect(useTabsStore.getState().tabs).toEqual([]);
    expect(useFollowStore.getState().following).toBeNull();
    expect(useOverlayStore.getState().overlay).toBeNull();
    expect(useExplorerStore.getState().editing).toBeNull();
    // A page's own notice is for where the person is going: it stays.
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual(["You joined Two as an editor."]);
    // How the person lays out the IDE is theirs, not the project's.
    expect(useLayoutStore.getState().sidePanel).toBe("deploy");
  });

  it("changes nothing when the project open is entered again", () => {
    enterProject("three");
    useTabsStore.getState().open("f1");
    enterProject("three");
    expect(useTabsStore.getState().tabs).toEqual(["f1"]);
  });
});
