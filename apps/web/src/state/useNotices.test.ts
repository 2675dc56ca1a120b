import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useNotices, visibleNotices } from "./useNotices.ts";

const notices = () => useNotices.getState();
const texts = () => notices().notices.map((n) => n.text);

describe("useNotices", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useNotices.setState({ notices: [] });
  });
  afterEach(() => vi.useRealTimers());

  it("lets a passing notice go by itself, an error later than the rest", () => {
    notices().notify("Added a.txt");
    notices().notify("That paste is too large", { tone: "error" });
    vi.advanceTimersByTime(5_000);
    expect(texts()).toEqual(["That paste is too large"]);
    vi.advanceTimersByTime(5_000);
    expect(texts()).toEqual([]);
  });

  it("shows at most four at once, dropping the oldest", () => {
    for (const n of [1, 2, 3, 4, 5]) notices().notify(`notice ${n}`);
    expect(texts()).toEqual(["notice 2", "notice 3", "notice 4", "notice 5"]);
  });

  it("shows a page's notice only on its page, and drops it once the person has seen it and moved on", () => {
    notices().notify("You left Demo.", { path: "/" });
    // Set just before going to its page: not dropped on the way.
    notices().arrive("/p/demo/settings");
    expect(visibleNotices(notices().notices, "/p/demo/settings")).toEqual([]);
    notices().arrive("/");
    expect(visibleNotices(notices().notices, "/").map((n) => n.text)).toEqual(["You left Demo."]);
    vi.advanceTimersByTime(60_000);
    expect(texts()).toEqual(["You left Demo."]);
    notices().arrive("/settings");
    expect(texts()).toEqual([]);
  });

  it("shows passing notices on every page", () => {
    notices().notify("Deleted src");
    expect(visibleNotices(notices().notices, "/anywhere").map((n) => n.text)).toEqual(["Deleted src"]);
  });

  it("dismisses one notice, and leaves the state as it was for one already gone", () => {
    notices().notify("one", { path: "/" });
    notices().notify("two", { path: "/" });
    const [first] = notices().notices;
    notices().dismiss(first?.id ?? -1);
    expect(texts()).toEqual(["two"]);
    const before = notices().notices;
    notices().dismiss(first?.id ?? -1);
    expect(notices().notices).toBe(before);
  });

  it("drops the passing notices and keeps the pages' when another project opens", () => {
    notices().notify("Added a.txt");
    notices().notify("You joined Two.", { path: "/p/two/settings" });
    notices().clearPassing();
    expect(texts()).toEqual(["You joined Two."]);
  });
});
