export function requiredModules(code: string): string[];
/** Bundles main.cjs and preload.cjs into `outDir` (default dist/electron); returns the folder. */
export function buildElectron(options?: { outDir?: string }): Promise<string>;
