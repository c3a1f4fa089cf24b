/**
 * The one contract across the process boundary: each channel `app:<area>.<verb>` maps to
 * zod schemas for its input and output. Main registers handlers by walking it, preload exposes
 * one function per channel, and the browser bridge implements the same interface.
 */
import { z } from 'zod';

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
});
export type Settings = z.infer<typeof settingsSchema>;
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  lastUnitId: null,
  documentFonts: DEFAULT_DOCUMENT_FONTS,
};

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
  /** Let the user pick files to read (roster import, bundles). */
  'app:files.open': {
    input: z.object({
      filters: z.array(fileFilterSchema).default([]),
      multiple: z.boolean().default(false),
    }),
    output: z.object({
      files: z.array(z.object({ name: z.string(), data: bytes })),
    }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** `app:files.save` → `filesSave`: the name of the bridge function for a channel. */
export function bridgeMethodName(channel: Channel): string {
  const [area, verb] = channel.slice('app:'.length).split('.');
  return area + verb.charAt(0).toUpperCase() + verb.slice(1);
}

/** The typed API the renderer sees as `window.pyt` (preload) or the browser bridge. */
export type Bridge = {
  appInfo(): Promise<ChannelOutput<'app:app.info'>>;
  settingsGet(): Promise<ChannelOutput<'app:settings.get'>>;
  settingsSet(patch: ChannelInput<'app:settings.set'>): Promise<ChannelOutput<'app:settings.set'>>;
  filesSave(req: ChannelInput<'app:files.save'>): Promise<ChannelOutput<'app:files.save'>>;
  filesOpen(req: ChannelInput<'app:files.open'>): Promise<ChannelOutput<'app:files.open'>>;
};

export const CHANNELS = Object.keys(contract) as Channel[];
