import type { AtpSessionData } from '@atproto/api';
import fs from 'node:fs';
import path from 'node:path';

type Saved = { service: string; handle: string; session: AtpSessionData };

/**
 * Bluesky limits createSession to 30 per 5 minutes and 300 a day, so the session survives the
 * process: the server and one-off `npm run ingest` passes share it through a file under DATA_DIR
 * (owner-only, like audit.key). It holds tokens, never the app password.
 */
export class BlueskySessionFile {
  constructor(
    private readonly file: string,
    private readonly service: string,
    private readonly handle: string,
  ) {}

  /** The saved session for this service and account, or undefined when there is none to reuse. */
  load(): AtpSessionData | undefined {
    let saved: Partial<Saved>;
    try {
      saved = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<Saved>;
    } catch {
      return undefined;
    }
    const session = saved.session;
    if (saved.service !== this.service || saved.handle !== this.handle) return undefined;
    if (!session || typeof session.accessJwt !== 'string' || typeof session.refreshJwt !== 'string') return undefined;
    if (typeof session.did !== 'string') return undefined;
    return session;
  }

  save(session: AtpSessionData): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const saved: Saved = { service: this.service, handle: this.handle, session };
    fs.writeFileSync(temporary, JSON.stringify(saved), { mode: 0o600 });
    fs.renameSync(temporary, this.file);
  }

  forget(): void {
    fs.rmSync(this.file, { force: true });
  }
}
