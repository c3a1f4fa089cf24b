import fs from 'node:fs';
import path from 'node:path';

/**
 * Page zoom for older users: fixed, predictable steps (menu, Ctrl+=/Ctrl+-/Ctrl+0, Ctrl+wheel),
 * remembered across restarts. Electron does not keep zoom between runs on its own.
 */
export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
const DEFAULT_ZOOM = 1;

export type ZoomDirection = 'in' | 'out' | 'reset';

/** The step after `current` in `direction`; an off-grid value snaps to the nearest step first. */
export function nextZoom(current: number, direction: ZoomDirection): number {
  if (direction === 'reset') return DEFAULT_ZOOM;
  let index = 0;
  for (let i = 1; i < ZOOM_STEPS.length; i++) {
    if (Math.abs(ZOOM_STEPS[i] - current) < Math.abs(ZOOM_STEPS[index] - current)) index = i;
  }
  const next = direction === 'in' ? index + 1 : index - 1;
  return ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, next))];
}

export function isValidZoom(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= ZOOM_STEPS[0] && value <= ZOOM_STEPS[ZOOM_STEPS.length - 1];
}

export type ZoomStore = { get(): number; set(factor: number): void };

/**
 * Main-only view state in its own small file (`view.json`): the renderer never reads it, so it
 * is not part of the IPC contract's Settings. A missing or bad file means 100 %.
 */
export function createZoomStore(cwd: string): ZoomStore {
  const file = path.join(cwd, 'view.json');
  return {
    get() {
      try {
        const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))?.zoomFactor;
        return isValidZoom(value) ? value : DEFAULT_ZOOM;
      } catch {
        return DEFAULT_ZOOM;
      }
    },
    set(factor) {
      if (!isValidZoom(factor)) return;
      try {
        fs.mkdirSync(cwd, { recursive: true });
        const temp = `${file}.tmp`;
        fs.writeFileSync(temp, JSON.stringify({ zoomFactor: factor }));
        fs.renameSync(temp, file);
      } catch {
        // Losing the zoom level is not worth interrupting the user for.
      }
    },
  };
}

type KeyInput = { type: string; key: string; code: string; control: boolean; meta: boolean; alt: boolean };

type ZoomableContents = {
  getZoomFactor(): number;
  setZoomFactor(factor: number): void;
  on(event: 'did-finish-load', listener: () => void): void;
  on(event: 'zoom-changed', listener: (event: unknown, direction: 'in' | 'out') => void): void;
  on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: KeyInput) => void): void;
};

/**
 * Keys the menu accelerators (Ctrl+=, Ctrl+-, Ctrl+0) do not catch: Ctrl+Shift+= ("+") and the
 * numeric keypad, which many users reach for first.
 */
export function extraZoomKey(input: KeyInput): ZoomDirection | null {
  if (input.type !== 'keyDown' || !(input.control || input.meta) || input.alt) return null;
  if (input.key === '+') return 'in';
  if (input.code === 'NumpadSubtract') return 'out';
  if (input.code === 'Numpad0') return 'reset';
  return null;
}

/** Applies the saved zoom on every load and steps it from the menu or Ctrl+wheel. */
export function attachZoom(contents: ZoomableContents, store: ZoomStore): (direction: ZoomDirection) => void {
  const step = (direction: ZoomDirection) => {
    const factor = nextZoom(contents.getZoomFactor(), direction);
    contents.setZoomFactor(factor);
    store.set(factor);
  };
  contents.on('did-finish-load', () => contents.setZoomFactor(store.get()));
  contents.on('zoom-changed', (_event, direction) => step(direction));
  contents.on('before-input-event', (event, input) => {
    const direction = extraZoomKey(input);
    if (!direction) return;
    event.preventDefault();
    step(direction);
  });
  return step;
}
