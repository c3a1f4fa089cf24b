/**
 * What a feature contributes to the app (VS Code's contributions, Actual's app.ts handlers):
 * its pages and its menu entry; the small facts its checklist measures read are registered in
 * ./facts.ts (data code, loadable without the pages). Central files only combine these.
 */
import type { ReactElement, ReactNode } from 'react';

export interface FeatureModule {
  /** The feature id measures name (shared/<area>/measures.ts `feature`). */
  id: string;
  /** Pages under /u/:unitId/; the first is where a checklist item of this feature leads. */
  routes: { path: string; element: ReactElement }[];
  /** The side menu entry, if any; lower `order` comes first. */
  nav?: { label: string; icon: ReactNode; order: number };
}
