import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { lanOrigins } from "./lanOrigins.ts";

const nic = (address: string, family: "IPv4" | "IPv6", internal = false) =>
  ({ address, family, internal, netmask: "", mac: "", cidr: null }) as NetworkInterfaceInfo;

const interfaces = {
  lo: [nic("127.0.0.1", "IPv4", true), nic("::1", "IPv6", true)],
  eth0: [nic("192.168.1.20", "IPv4"), nic("fe80::1", "IPv6"), nic("2001:db8::20", "IPv6")],
};

describe("lanOrigins", () => {
  it("lists the machine's IPv4 addresses on the port for 0.0.0.0, and IPv6 ones too for ::", () => {
    expect(lanOrigins("0.0.0.0", 8787, interfaces)).toEqual(["http://192.168.1.20:8787"]);
    expect(lanOrigins("::", 8787, interfaces)).toEqual(["http://192.168.1.20:8787", "http://[2001:db8::20]:8787"]);
  });

  it("is the address itself for a specific host, and nothing for loopback", () => {
    expect(lanOrigins("192.168.1.20", 8787, interfaces)).toEqual(["http://192.168.1.20:8787"]);
    expect(lanOrigins("localhost", 8787, interfaces)).toEqual([]);
    expect(lanOrigins("127.0.0.1", 8787, interfaces)).toEqual([]);
  });
});
