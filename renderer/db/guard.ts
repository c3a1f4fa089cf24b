/**
 * The database's connection to other windows and versions of the app:
 *  - another window (or a newer build) upgrades the database: this connection closes for good
 *    (no silent reopen that would keep writing unmigrated records) and the page is asked to reload;
 *  - this connection's upgrade is blocked by an old one that does not close: the user is told to
 *    close the other window, instead of a console warning;
 *  - the database on disk is newer than this build: it refuses to run (newerDatabaseMessage).
 */
import type Dexie from 'dexie';
import { DB_VERSION } from '@shared/data/registry';

export const NEWER_DATABASE_MESSAGE = '本机的数据来自更新版本的评议通，这个版本不能打开，以免损坏数据。请安装最新版本的评议通。';
export const RELOAD_MESSAGE = '评议通已在另一个窗口中升级了数据，请重新加载本窗口后继续（未保存的输入需要重新填写）。';
export const BLOCKED_MESSAGE = '评议通的另一个窗口还开着旧版本，数据升级需要等它关闭。请关闭评议通的其他窗口。';

export class NewerDatabaseError extends Error {
  constructor() {
    super(NEWER_DATABASE_MESSAGE);
    this.name = 'NewerDatabaseError';
  }
}

/** Refuses a database of a newer schema than this build declares (Dexie would open it anyway). */
export function refuseNewerDatabase(db: Dexie, declared: number = DB_VERSION): void {
  db.on('ready', (vip: Dexie) => {
    // Dexie stores version n as IndexedDB version n × 10, and opens a newer database as it is.
    if (vip.backendDB().version / 10 > declared) {
      vip.close({ disableAutoOpen: true });
      throw new NewerDatabaseError();
    }
  });
}

export interface GuardHandlers {
  /** The database was upgraded elsewhere; this connection is closed and stays closed. */
  onVersionChange(message: string): void;
  /** This connection's upgrade waits for another one to close. */
  onBlocked(message: string): void;
}

export function guardDatabase(db: Dexie, handlers: GuardHandlers): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    handlers.onVersionChange(RELOAD_MESSAGE);
    // Stop Dexie's default handler, which would reopen on the next query.
    return false;
  });
  db.on('blocked', () => {
    handlers.onBlocked(BLOCKED_MESSAGE);
    return false;
  });
}
