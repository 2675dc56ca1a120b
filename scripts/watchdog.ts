/**
 * The launcher's watchdog (started by lib/startWatchdog.ts): a process in a session of its
 * own, so it outlives the launcher however the launcher ends. It reads process group ids on
 * stdin, one a line. Its stdin is a pipe whose other end only the launcher holds, and the
 * kernel closes that end when the launcher exits, even by SIGKILL or the OOM killer: at
 * end of input it stops every group still alive (SIGTERM, then SIGKILL after the grace
 * period in milliseconds given as its argument) and exits.
 *
 * After a clean stop the launcher has already stopped its groups, so this finds none alive.
 * Node runs this file as it is (type stripping), with no imports, so it starts at once.
 */
const graceMs = Number(process.argv[2] ?? 3_000);
const groups = new Set<number>();
let pending = "";

process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk: string) => {
  const lines = (pending + chunk).split("\n");
  pending = lines.pop() ?? "";
  for (const line of lines) {
    const pgid = Number(line);
    if (Number.isInteger(pgid) && pgid > 1) groups.add(pgid);
  }
});
process.stdin.once("end", () => void stopGroups());
process.stdin.once("error", () => void stopGroups());

async function stopGroups(): Promise<void> {
  signal(alive(), "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (alive().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  signal(alive(), "SIGKILL");
  process.exit(0);
}

function alive(): number[] {
  return [...groups].filter((pgid) => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  });
}

function signal(pgids: number[], name: NodeJS.Signals): void {
  for (const pgid of pgids) {
    try {
      process.kill(-pgid, name);
    } catch {
      // Gone meanwhile.
    }
  }
}
