import { describe, expect, it } from "vitest";
import { routeHostMessage } from "./previewHost.ts";
import { PREVIEW_TAG } from "./previewMessages.ts";

const ide = { name: "ide" };
const page = { name: "page" };
const origin = "http://localhost:8787";
const show = { tag: PREVIEW_TAG, type: "show", html: "<h1>hi</h1>" };

describe("routeHostMessage", () => {
  it("shows a document only when the IDE, of the same origin, sends it", () => {
    expect(routeHostMessage({ source: ide, origin, data: show }, { ide, page: null, origin })).toEqual({
      to: "show",
      html: "<h1>hi</h1>",
    });
    expect(routeHostMessage({ source: ide, origin: "http://evil.test", data: show }, { ide, page, origin })).toBeNull();
    // The page cannot replace itself with a document of its choosing.
    expect(routeHostMessage({ source: page, origin: "null", data: show }, { ide, page, origin })).toEqual({
      to: "ide",
    });
    expect(routeHostMessage({ source: ide, origin, data: { ...show, html: 1 } }, { ide, page, origin })).toBeNull();
  });

  it("passes the IDE's other messages to the current page, and the current page's to the IDE", () => {
    const request = { tag: PREVIEW_TAG, nonce: "n", type: "request", path: "/" };
    expect(routeHostMessage({ source: ide, origin, data: request }, { ide, page, origin })).toEqual({ to: "page" });
    expect(routeHostMessage({ source: ide, origin, data: request }, { ide, page: null, origin })).toBeNull();
    expect(routeHostMessage({ source: page, origin: "null", data: { any: 1 } }, { ide, page, origin })).toEqual({
      to: "ide",
    });
  });

  it("hears nobody else: a stale page, another window, or anyone when opened outside a frame", () => {
    const stale = { name: "stale page" };
    expect(routeHostMessage({ source: stale, origin: "null", data: {} }, { ide, page, origin })).toBeNull();
    expect(routeHostMessage({ source: { name: "opener" }, origin, data: show }, { ide, page, origin })).toBeNull();
    expect(routeHostMessage({ source: null, origin, data: show }, { ide: null, page: null, origin })).toBeNull();
  });
});
