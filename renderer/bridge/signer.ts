/**
 * This installation's key as a Signer (shared/bundle/keys.ts) over the bridge: the private key
 * stays in the main process (desktop) or in the browser bridge's key store; the page gets the
 * public key and asks for signatures.
 */
import { fingerprint, type Signer } from '@shared/bundle/keys';
import type { Bridge } from '@shared/ipc/contract';
import { bridge } from './index';

/** The installation's signer over a bridge (the app's own by default); made on first use. */
export async function installationSigner(over: Pick<Bridge, 'keysPublicKey' | 'keysSign'> = bridge): Promise<Signer> {
  const { publicKey } = await over.keysPublicKey();
  return {
    publicKey,
    sign: async (data) => (await over.keysSign({ data })).signature,
  };
}

/** This installation's key fingerprint (“3817 0462 9935 1208”), for reading out on the phone. */
export async function installationFingerprint(over: Pick<Bridge, 'keysPublicKey'> = bridge): Promise<string> {
  return fingerprint((await over.keysPublicKey()).publicKey);
}
