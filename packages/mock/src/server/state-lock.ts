// One server per state file: `<file>.lock` holds the pid of the server using it, created exclusively
// (`wx`), so two servers can never both write the file. A lock left by a server that died (SIGKILL, a
// crash) names a pid that no longer runs: the next server takes it over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { StateFileError } from './state-format.js';

export interface StateLock {
  readonly path: string;
  /** Removes the lock file, if it is still ours. */
  release(): void;
}

/** Whether a process with this pid runs (EPERM: it does, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes `<file>.lock` for this process, or throws a `StateFileError` naming the file and the pid of the
 * server that holds it.
 */
export function lockStateFile(file: string): StateLock {
  const path = `${file}.lock`;
  for (let tries = 0; ; tries++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StateFileError(
          `cannot create the lock file ${path}: ${(error as Error).message}. Check that its folder exists and is writable.`,
        );
      }
      const pid = holder(path);
      if (pid !== undefined && running(pid)) {
        throw new StateFileError(
          `the state file ${file} is in use by another mock server (pid ${pid}${pid === process.pid ? ', this process' : ''}; lock ${path}). Stop that server or pick another --state-file. If no server is running, delete ${path}.`,
        );
      }
      // The holder died (or is writing its pid right now: then the retry sees it).
      if (tries >= 3) {
        throw new StateFileError(
          `cannot take the lock ${path} of the state file ${file}: it keeps coming back. Is another server starting on it?`,
        );
      }
      // An empty lock: its server may be between creating it and writing its pid. Give it 50 ms.
      if (pid === undefined && tries === 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      else rmSync(path, { force: true });
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    let released = false;
    return {
      path,
      release() {
        if (released) return;
        released = true;
        if (holder(path) === process.pid) rmSync(path, { force: true });
      },
    };
  }
}
