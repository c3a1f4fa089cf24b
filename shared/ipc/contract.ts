/**
 * The one contract across the process boundary: each channel `app:<area>.<verb>` maps to
 * zod schemas for its input and output. Main registers handlers by walking it; the `Bridge` type
 * is derived from it, and preload exposes one function per channel by walking the zod-free
 * channel table in ./channels.ts; the browser bridge implements the same `Bridge`.
 */
import { z } from 'zod';
import type { Channel, MethodOf } from './channels';

export { CHANNELS, CHANNEL_METHODS, bridgeMethodName, type BridgeMethod, type Channel, type MethodOf } from './channels';

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: '应为文件内容（字节）' });

export const fileFilterSchema = z.object({
  name: z.string().min(1),
  extensions: z.array(z.string().regex(/^[a-z0-9]+$/i)).min(1),
});

/** A font name as Word stores it: no control characters or XML markup. */
const fontName = z
  .string()
  .min(1)
  .max(64)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .regex(/^[^\u0000-\u001f<>&"]+$/u, '字体名称不能含有特殊字符');

export const documentFontsSchema = z.object({
  /** 标题: 方正小标宋简体 */
  title: fontName,
  /** 正文: 仿宋_GB2312 */
  body: fontName,
  /** 一级标题: 黑体 */
  heading1: fontName,
  /** 二级标题: 楷体_GB2312 */
  heading2: fontName,
  /** 页码: 宋体 */
  pageNumber: fontName,
});
export type DocumentFonts = z.infer<typeof documentFontsSchema>;

export const DEFAULT_DOCUMENT_FONTS: DocumentFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
};

/** A 督导组 key taken from its key file (.pytkey): the group, the raw key in base64, its fingerprint. */
export const trustedSupervisorKeySchema = z.object({
  group: z.string().min(1).max(100),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/u),
  fingerprint: z.string().regex(/^\d{4} \d{4} \d{4} \d{4}$/u),
  /** When the secretary confirmed the fingerprint with the 督导组 and kept the key. */
  trustedAt: z.string().max(40),
});
export type TrustedSupervisorKey = z.infer<typeof trustedSupervisorKeySchema>;

export const settingsSchema = z.object({
  windowBounds: z
    .object({
      width: z.number().int().min(400).max(10000),
      height: z.number().int().min(300).max(10000),
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      maximized: z.boolean().optional(),
    })
    .optional(),
  lastUnitId: z.string().nullable().optional(),
  /** Name written into the audit log as "who". */
  operatorName: z.string().max(40).optional(),
  documentFonts: documentFontsSchema,
  /** 督导组 keys this installation trusts for 验收回执 (R-STAGE-ACCEPT), each confirmed by phone. */
  trustedSupervisorKeys: z.array(trustedSupervisorKeySchema).max(50).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  lastUnitId: null,
  documentFonts: DEFAULT_DOCUMENT_FONTS,
};

export const fontsInstalledSchema = z.discriminatedUnion('known', [
  z.object({ known: z.literal(true), installed: z.record(z.string(), z.boolean()) }),
  z.object({ known: z.literal(false) }),
]);
export type FontsInstalled = z.infer<typeof fontsInstalledSchema>;

/** Input and output schemas of one channel. */
export type ChannelSchemas = { input: z.ZodType; output: z.ZodType };

/** Exactly the channels of ./channels.ts: a missing or extra one fails to compile. */
export const contract = {
  'app:app.info': {
    input: z.void(),
    output: z.object({
      version: z.string(),
      platform: z.string(),
      /** 'electron' in the desktop window, 'browser' under `npm run web`. */
      shell: z.enum(['electron', 'browser']),
    }),
  },
  'app:settings.get': {
    input: z.void(),
    output: settingsSchema,
  },
  'app:settings.set': {
    input: settingsPatchSchema,
    output: settingsSchema,
  },
  /** Save bytes to a file the user picks (Word, Excel, bundle). */
  'app:files.save': {
    input: z.object({
      suggestedName: z.string().min(1).max(255),
      filters: z.array(fileFilterSchema).default([]),
      data: bytes,
    }),
    output: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  /**
   * Let the user pick files to read (roster import, bundles). With `directory: true` the user
   * picks a folder instead, and gets the files directly in it (not in its sub-folders) whose
   * extension one of the filters names, up to a limit.
   */
  'app:files.open': {
    input: z.object({
      filters: z.array(fileFilterSchema).default([]),
      multiple: z.boolean().default(false),
      directory: z.boolean().optional(),
    }),
    output: z.object({
      files: z.array(z.object({ name: z.string(), data: bytes })),
    }),
  },
  /**
   * Which of these font names this PC has. `known: false` when the PC could not be asked (the
   * page then says so instead of guessing); names are matched as the system lists them.
   */
  'app:fonts.installed': {
    input: z.object({ names: z.array(fontName).min(1).max(100) }),
    output: fontsInstalledSchema,
  },
  /**
   * This installation's signing key (Ed25519; one per installation, made on first use): its raw
   * public key (32 bytes). The private key never leaves the main process / the browser bridge.
   */
  'app:keys.publicKey': {
    input: z.void(),
    output: z.object({ publicKey: bytes.refine((b) => b.length === 32, '公钥应为 32 字节') }),
  },
  /** Signs bytes (a bundle, a receipt, a key file) with this installation's key: 64 bytes. */
  'app:keys.sign': {
    input: z.object({ data: bytes }),
    output: z.object({ signature: bytes.refine((b) => b.length === 64, '签名应为 64 字节') }),
  },
} as const satisfies { [C in Channel]: ChannelSchemas };

export type Contract = typeof contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** A channel whose input is `z.void()` becomes a function without parameters. */
type BridgeArgs<C extends Channel> = [ChannelInput<C>] extends [void] ? [] : [input: ChannelInput<C>];

/**
 * The typed API the renderer sees as `window.pyt` (preload) or the browser bridge, derived from
 * the contract: one function per channel, its input as the only parameter, its output as the result.
 */
export type Bridge = {
  [C in Channel as MethodOf<C>]: (...args: BridgeArgs<C>) => Promise<ChannelOutput<C>>;
};
