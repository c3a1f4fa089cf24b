/**
 * Where the 督导组工作台 lives: every hash route under #/supervisor. The app shows the unit's
 * workspace or the supervisor's, each with its own database, by the address alone, so a reload or
 * the back button stays where the user was.
 */
import { useSyncExternalStore } from 'react';

export const SUPERVISOR_PATH = '/supervisor';
export const SUPERVISOR_HREF = `#${SUPERVISOR_PATH}`;

export function isSupervisorHash(hash: string): boolean {
  return hash === SUPERVISOR_HREF || hash.startsWith(`${SUPERVISOR_HREF}/`) || hash.startsWith(`${SUPERVISOR_HREF}?`);
}

// popstate comes first (the router listens to it too, so both update in one render); hashchange
// covers an address typed or set by a script.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

/** True while the address is in the supervisor's workspace. */
export function useInSupervisor(): boolean {
  return useSyncExternalStore(subscribe, () => isSupervisorHash(window.location.hash));
}
