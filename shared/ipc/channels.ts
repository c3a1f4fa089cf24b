/**
 * Every IPC channel and the name of its bridge function. This table is plain data with no
 * imports, because the sandboxed preload (bundled alone by electron/scripts/build.mjs, which
 * refuses a bundle carrying the schema library, even in a comment) walks it at run time. The
 * schemas for each channel live in ./contract.ts, which must cover exactly these channels.
 */
export const CHANNEL_METHODS = {
  'app:app.info': 'appInfo',
  'app:settings.get': 'settingsGet',
  'app:settings.set': 'settingsSet',
  'app:files.save': 'filesSave',
  'app:files.open': 'filesOpen',
  'app:fonts.installed': 'fontsInstalled',
  'app:keys.publicKey': 'keysPublicKey',
  'app:keys.sign': 'keysSign',
} as const;

export type Channel = keyof typeof CHANNEL_METHODS;
/** The bridge function name of one channel, e.g. `filesSave` for `app:files.save`. */
export type MethodOf<C extends Channel> = (typeof CHANNEL_METHODS)[C];
export type BridgeMethod = MethodOf<Channel>;

export const CHANNELS = Object.keys(CHANNEL_METHODS) as Channel[];

/** `app:files.save` → `filesSave`: the name of the bridge function for a channel. */
export function bridgeMethodName<C extends Channel>(channel: C): MethodOf<C> {
  return CHANNEL_METHODS[channel];
}
