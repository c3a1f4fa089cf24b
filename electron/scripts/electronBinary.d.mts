export const MISSING_ELECTRON_MESSAGE: string;
export function platformExecutable(platform: string): string;
export function findElectronBinary(options: {
  electronDir: string;
  env?: Record<string, string | undefined>;
  platform?: string;
  exists?: (file: string) => boolean;
  readFile?: (file: string) => string;
}): string | null;
