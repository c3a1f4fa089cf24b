// Small stand-ins for Electron objects, so the shell is tested without the Electron binary.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

export class FakeEmitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export function fakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
}

export class FakeWebContents extends FakeEmitter {
  session = fakeSession();
  mainFrame = { url: '', parent: null };
  windowOpenHandler?: (details: { url: string }) => unknown;
  zoomFactor = 1;
  getZoomFactor() {
    return this.zoomFactor;
  }
  setZoomFactor(factor: number) {
    this.zoomFactor = factor;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
}

export function preventable() {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  maximized = false;
  minimized = false;
  destroyed = false;
  shown = false;
  focused = false;
  loaded?: string;

  constructor(public options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: (options.x as number) ?? 10,
      y: (options.y as number) ?? 10,
      width: options.width as number,
      height: options.height as number,
    };
    FakeBrowserWindow.instances.push(this);
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  focus() {
    this.focused = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {
    this.shown = true;
  }
  loadFile(file: string) {
    this.loaded = file;
    return Promise.resolve();
  }
}
