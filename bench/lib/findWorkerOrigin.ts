import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/**
 * The origin of the platform Worker's own workerd, behind wrangler dev's proxy. `npm start`
 * serves through wrangler dev, which puts a second workerd in front of the Worker (its
 * ProxyWorker, which holds requests while the Worker reloads and forwards each one over HTTP,
 * through a Durable Object). Production has no such hop, so the benchmarks time the Worker
 * both ways. wrangler does not print this port: it is found as the loopback listening socket
 * of a workerd process under the launcher (`launcherPid`), other than the public `port`, that
 * answers `GET /api/config` (Linux only: reads /proc).
 */
export async function findWorkerOrigin(launcherPid: number, port: number): Promise<string> {
  return (await findWorkerd(launcherPid, port)).origin;
}

/** The same, with the process id of that workerd (it runs the Worker and its Durable Objects). */
export async function findWorkerd(launcherPid: number, port: number): Promise<{ origin: string; pid: number }> {
  const workerd = descendants(launcherPid).filter((pid) => readText(`/proc/${pid}/cmdline`).includes("workerd"));
  for (const pid of workerd) {
    for (const candidate of listeningPorts(new Set(socketInodes(pid)))) {
      if (candidate === port) continue;
      const origin = `http://127.0.0.1:${candidate}`;
      const res = await fetch(`${origin}/api/config`).catch(() => undefined);
      if (res?.ok && (res.headers.get("content-type") ?? "").includes("json")) {
        await res.text();
        return { origin, pid };
      }
      await res?.text();
    }
  }
  throw new Error(`no workerd under process ${launcherPid} answers /api/config besides port ${port}`);
}

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    // The parent is the 2nd field after the command name, which may itself hold spaces.
    const stat = readText(`/proc/${entry}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    parents.set(Number(entry), ppid);
  }
  const found = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (found.has(ppid) && !found.has(pid)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  found.delete(root);
  return [...found];
}

function socketInodes(pid: number): string[] {
  const fds = (() => {
    try {
      return readdirSync(`/proc/${pid}/fd`);
    } catch {
      return [];
    }
  })();
  return fds.flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      return target.startsWith("socket:[") ? [target.slice(8, -1)] : [];
    } catch {
      return [];
    }
  });
}

/** Ports of IPv4 sockets in LISTEN state (0A) whose inode is one of `inodes`. */
function listeningPorts(inodes: Set<string>): number[] {
  return readText("/proc/net/tcp")
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === "0A" && inodes.has(fields[9] ?? ""))
    .map((fields) => parseInt((fields[1] ?? ":0").split(":")[1] ?? "0", 16));
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
