// A waiter's pause: until something changes in a folder (fs.watch) or a timeout, whichever comes first,
// or until its signal aborts. A change that happened since the last pause ends the next one at once, so
// a change between a waiter's look and its pause is never missed. Where the folder cannot be watched
// (no inotify watches left, a network file system, no fs.watch on the platform) it is a plain timer.
import { type FSWatcher, watch as fsWatch } from "node:fs";

export interface FolderWatch {
  /** Whether changes wake the pause; false when only the timeout does. */
  readonly watching: boolean;
  /** Resolves at the first change since the last pause, or after `ms`; rejects with `onAbort()` when `signal` aborts. */
  pause(ms: number, signal?: AbortSignal, onAbort?: () => unknown): Promise<"changed" | "timeout">;
  close(): void;
}

export interface WatchFolderOptions {
  /** Only changes to names that start with this wake the pause (default: any change). */
  namePrefix?: string;
  watch?: typeof fsWatch;
}

export function watchFolder(dir: string, options: WatchFolderOptions = {}): FolderWatch {
  const { namePrefix } = options;
  let changed = false;
  let wake: (() => void) | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = (options.watch ?? fsWatch)(dir, { persistent: false }, (_event, name) => {
      if (namePrefix !== undefined && typeof name === "string" && !name.startsWith(namePrefix)) return;
      changed = true;
      wake?.();
    });
    // An error after the start (the folder removed, the watch dropped): the timer still ends each pause.
    watcher.on("error", () => {
      watcher?.close();
      watcher = undefined;
    });
  } catch {
    watcher = undefined;
  }

  return {
    get watching() {
      return watcher !== undefined;
    },
    pause(ms, signal, onAbort = () => signal?.reason) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(onAbort());
          return;
        }
        if (changed) {
          changed = false;
          resolve("changed");
          return;
        }
        const done = (): void => {
          clearTimeout(timer);
          wake = undefined;
          changed = false;
          signal?.removeEventListener("abort", aborted);
        };
        const aborted = (): void => {
          done();
          reject(onAbort());
        };
        const timer = setTimeout(() => (done(), resolve("timeout")), ms);
        wake = () => (done(), resolve("changed"));
        signal?.addEventListener("abort", aborted, { once: true });
      });
    },
    close() {
      watcher?.close();
      watcher = undefined;
      wake = undefined;
    },
  };
}
