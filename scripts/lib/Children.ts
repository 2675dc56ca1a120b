import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/**
 * The launcher's child processes. Each runs in its own process group so that stopping it
 * also stops what it started (wrangler starts workerd; npm starts vite). `onGroup` hears of
 * each new group at once (the watchdog and the data lock keep them), and `env` is added to
 * every child's environment, which their own children inherit.
 */
export class Children {
  readonly #running = new Set<ChildProcess>();
  readonly #options: { onGroup?: (pgid: number) => void; env?: Record<string, string> };

  constructor(options: { onGroup?: (pgid: number) => void; env?: Record<string, string> } = {}) {
    this.#options = options;
  }

  spawn(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
    const env = { ...(options.env ?? process.env), ...this.#options.env };
    const child = spawn(command, args, { stdio: "inherit", ...options, env, detached: true });
    // Detached: the child leads a new group whose id is its pid.
    if (child.pid !== undefined) this.#options.onGroup?.(child.pid);
    this.#running.add(child);
    child.once("exit", () => this.#running.delete(child));
    return child;
  }

  /** Resolves when `child` exits; rejects with its exit code if that was a failure. */
  static done(child: ChildProcess, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? `exit code ${code}`})`)),
      );
    });
  }

  /** `signal` to `child`'s group; resolves when `child` has exited. */
  async stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const exited = new Promise<void>((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
    );
    signalGroup(child, signal);
    await exited;
  }

  /** SIGTERM to every group, then SIGKILL to whatever is still alive after `graceMs`. */
  async stopAll(graceMs = 5_000): Promise<void> {
    const exits = [...this.#running].map(
      (child) =>
        new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve()))),
    );
    for (const child of this.#running) signalGroup(child, "SIGTERM");
    const timer = setTimeout(() => {
      for (const child of this.#running) signalGroup(child, "SIGKILL");
    }, graceMs);
    await Promise.all(exits);
    clearTimeout(timer);
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
