import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZoomStore, extraZoomKey, nextZoom, ZOOM_STEPS } from './zoom';

describe('nextZoom', () => {
  it('steps through fixed levels and stops at the ends', () => {
    expect(nextZoom(1, 'in')).toBe(1.1);
    expect(nextZoom(1, 'out')).toBe(0.9);
    expect(nextZoom(2, 'in')).toBe(2);
    expect(nextZoom(0.8, 'out')).toBe(0.8);
    expect(nextZoom(1.75, 'reset')).toBe(1);
  });

  it('snaps an off-grid factor to the nearest step first', () => {
    expect(nextZoom(1.3, 'in')).toBe(1.5);
    expect(nextZoom(5, 'out')).toBe(1.75);
  });
});

describe('extraZoomKey', () => {
  const key = (over: Partial<Parameters<typeof extraZoomKey>[0]>) =>
    extraZoomKey({ type: 'keyDown', key: '', code: '', control: true, meta: false, alt: false, ...over });

  it('catches Ctrl+"+" and the keypad, which the menu accelerators miss', () => {
    expect(key({ key: '+', code: 'Equal' })).toBe('in');
    expect(key({ key: '+', code: 'NumpadAdd' })).toBe('in');
    expect(key({ key: '-', code: 'NumpadSubtract' })).toBe('out');
    expect(key({ key: '0', code: 'Numpad0' })).toBe('reset');
  });

  it('leaves everything else alone (including what the menu handles)', () => {
    expect(key({ key: '=', code: 'Equal' })).toBeNull();
    expect(key({ key: '-', code: 'Minus' })).toBeNull();
    expect(key({ key: '+', control: false })).toBeNull();
    expect(key({ key: '+', type: 'keyUp' })).toBeNull();
    expect(key({ key: '+', alt: true })).toBeNull();
  });
});

describe('createZoomStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-zoom-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('defaults to 100 %, remembers a level, ignores bad values and bad files', () => {
    const store = createZoomStore(dir);
    expect(store.get()).toBe(1);
    store.set(1.5);
    expect(createZoomStore(dir).get()).toBe(1.5);
    store.set(99);
    expect(store.get()).toBe(1.5);
    fs.writeFileSync(path.join(dir, 'view.json'), '{oops');
    expect(store.get()).toBe(1);
    expect(ZOOM_STEPS).toContain(1);
  });
});
