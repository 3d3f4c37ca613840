// Where `listen --forward-to` keeps its place in the event log: the id of the last event forwarded, one
// small file per profile, API and forward URL in the CLI's config directory (`listen/`), written atomically
// after each forward, so that a restarted `listen` resumes after it (nothing lost, nothing repeated).
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { configPath } from './config.js';

/** What a resume file holds (snake_case, like the config). */
export interface ResumePoint {
  last_event_id: string;
  /** When it was written (ISO 8601). */
  updated_at: string;
  profile: string;
  base_url: string;
  forward_to: string;
}

/**
 * The resume file of one profile, API base URL and forward URL:
 * `$XDG_CONFIG_HOME/kaicalls/listen/<profile>-<hash of the base URL and forward URL>.json`.
 *
 * @example
 * resumePath(process.env, 'default', 'https://kaicalls.com/api', 'http://localhost:3000/webhooks');
 */
export function resumePath(
  env: NodeJS.ProcessEnv,
  profile: string,
  baseUrl: string,
  forwardTo: string,
): string {
  const key = createHash('sha256').update(`${baseUrl}\n${forwardTo}`).digest('hex').slice(0, 16);
  return join(dirname(configPath(env)), 'listen', `${profile}-${key}.json`);
}

/** The saved resume point, or undefined when there is none (or it is unreadable: then listen starts now). */
export async function readResume(path: string): Promise<ResumePoint | undefined> {
  try {
    const saved = JSON.parse(await readFile(path, 'utf8')) as Partial<ResumePoint>;
    return typeof saved.last_event_id === 'string' && saved.last_event_id
      ? (saved as ResumePoint)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the resume point atomically (a temporary file renamed over it), mode 0600 in a 0700 directory. */
export async function writeResume(path: string, point: ResumePoint): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await rm(temporary, { force: true });
  await writeFile(temporary, `${JSON.stringify(point, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}
