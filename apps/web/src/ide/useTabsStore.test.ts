import { beforeEach, describe, expect, it } from "vitest";
import { useTabsStore } from "./useTabsStore.ts";

const tabs = () => useTabsStore.getState();

describe("useTabsStore", () => {
  beforeEach(() => tabs().reset(null));

  it("opens a file in a new tab once, and makes it the active one", () => {
    tabs().open("a");
    tabs().open("b");
    tabs().open("a");
    expect(tabs().tabs).toEqual(["a", "b"]);
    expect(tabs().active).toBe("a");
  });

  it("asks the editor to reveal a place, told apart from the same place asked before", () => {
    tabs().open("a", { line: 3, column: 1 });
    const first = tabs().reveal;
    tabs().open("a", { line: 3, column: 1 });
    expect(tabs().reveal).toMatchObject({ fileId: "a", line: 3, column: 1 });
    expect(tabs().reveal?.nonce).not.toBe(first?.nonce);
  });

  it("activates the neighbour of a closed active tab, and nothing once the last one closes", () => {
    for (const id of ["a", "b", "c"]) tabs().open(id);
    tabs().close("c");
    expect(tabs().active).toBe("b");
    tabs().open("a");
    tabs().close("a");
    expect(tabs()).toMatchObject({ tabs: ["b"], active: "b" });
    tabs().close("b");
    expect(tabs()).toMatchObject({ tabs: [], active: null });
  });

  it("puts restored tabs before the ones opened since, keeping the one open now active", () => {
    tabs().open("new");
    tabs().restore(["old1", "old2", "new"], "old2");
    expect(tabs().tabs).toEqual(["old1", "old2", "new"]);
    expect(tabs().active).toBe("new");
  });

  it("closes the tabs of deleted files and leaves the state as it was when none is", () => {
    for (const id of ["a", "b"]) tabs().open(id);
    const before = tabs();
    tabs().prune(() => true);
    expect(tabs()).toBe(before);
    tabs().prune((id) => id !== "b");
    expect(tabs()).toMatchObject({ tabs: ["a"], active: "a" });
  });
});
