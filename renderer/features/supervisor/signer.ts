/**
 * The key the 督导组 signs its receipts and key file with: this installation's key, kept by the
 * main process (desktop) or the browser bridge; the page only gets its public key and signatures.
 */
import type { Signer } from '@shared/bundle/keys';
import { installationSigner } from '../../bridge/signer';

let signer: Promise<Signer> | undefined;

export function supervisorSigner(): Promise<Signer> {
  signer ??= installationSigner().catch((e: unknown) => {
    signer = undefined;
    throw e;
  });
  return signer;
}
