import type { Manifest } from "@wove/deploy";
import { describe, expect, it } from "vitest";
import { dispatchOptions } from "./dispatchSite.ts";

const manifest = (network: boolean): Manifest => ({
  deploymentId: "d1",
  version: 1,
  projectId: "p1",
  kind: "worker",
  files: {},
  worker: { hash: "h", size: 1, network },
  createdAt: "2026-12-02T00:00:00.000Z",
});

describe("dispatchOptions", () => {
  it("limits CPU and subrequests on every dispatch, and passes the grant to the outbound Worker", () => {
    expect(dispatchOptions(manifest(false))).toEqual({
      limits: { cpuMs: 50, subRequests: 50 },
      outbound: { WOVE_OUTBOUND: { network: false } },
    });
    expect(dispatchOptions(manifest(true)).outbound).toEqual({ WOVE_OUTBOUND: { network: true } });
  });

  it("gives a static site no network", () => {
    const { worker: _, ...staticSite } = manifest(true);
    expect(dispatchOptions(staticSite).outbound).toEqual({ WOVE_OUTBOUND: { network: false } });
  });
});
