// Runs in the sandboxed renderer, where only 'electron' can be required: this file is bundled
// alone, walks the zod-free channel table and imports the contract for types only, so zod stays
// out of the bundle.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_METHODS, CHANNELS } from '../../shared/ipc/channels';
import type { Bridge } from '../../shared/ipc/contract';

/**
 * One function per channel, passing its single input through; `ipcRenderer` itself never crosses
 * into the page. Extra arguments are dropped: the contract has one input per channel.
 */
export const api = Object.fromEntries(
  CHANNELS.map((channel) => [CHANNEL_METHODS[channel], (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as Bridge;

contextBridge.exposeInMainWorld('pyt', api);
