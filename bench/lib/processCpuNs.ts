import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time a process has used so far, in nanoseconds: the sum over its threads of the
 * first field of `/proc/<pid>/task/<tid>/schedstat` (time on a CPU). Finer than
 * `/proc/<pid>/stat`'s utime + stime, which count in clock ticks (10 ms), too coarse
 * for a keystroke. Linux only. A thread that exits between two readings takes its
 * time with it; workerd's threads live as long as it does.
 */
export function processCpuNs(pid: number): number {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // The thread ended while we listed them.
    }
  }
  return total;
}
