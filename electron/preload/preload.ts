// Runs in the sandboxed renderer, where only 'electron' can be required: this file is bundled
// alone and imports the contract for types only, so zod stays out of the bundle.
import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge, Channel } from '../../shared/ipc/contract';

/** Every bridge method and its channel; the type forces one entry per method of `Bridge`. */
export const METHOD_CHANNELS = {
  appInfo: 'app:app.info',
  settingsGet: 'app:settings.get',
  settingsSet: 'app:settings.set',
  filesSave: 'app:files.save',
  filesOpen: 'app:files.open',
} as const satisfies Record<keyof Bridge, Channel>;

// A channel added to the contract but not listed above fails to compile here.
type Unlisted = Exclude<Channel, (typeof METHOD_CHANNELS)[keyof Bridge]>;
const everyChannelListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyChannelListed;

/** Only the functions; `ipcRenderer` itself never crosses into the page. */
export const api: Bridge = {
  appInfo: () => ipcRenderer.invoke(METHOD_CHANNELS.appInfo),
  settingsGet: () => ipcRenderer.invoke(METHOD_CHANNELS.settingsGet),
  settingsSet: (patch) => ipcRenderer.invoke(METHOD_CHANNELS.settingsSet, patch),
  filesSave: (req) => ipcRenderer.invoke(METHOD_CHANNELS.filesSave, req),
  filesOpen: (req) => ipcRenderer.invoke(METHOD_CHANNELS.filesOpen, req),
};

contextBridge.exposeInMainWorld('pyt', api);
