import { fontFallback, namesOf, resolveFont } from '@shared/documents/fonts';
import type { DocumentFonts, FontsInstalled } from '@shared/ipc/contract';

/** The document fonts in the order the settings page lists them, with the same labels. */
export const FONT_ROLES: readonly { key: keyof DocumentFonts; label: string }[] = [
  { key: 'title', label: '标题' },
  { key: 'body', label: '正文' },
  { key: 'heading1', label: '一级标题' },
  { key: 'heading2', label: '二级标题' },
  { key: 'pageNumber', label: '页码' },
];

/**
 * How a document font prints on this PC: `installed`; `substitute` (missing, but Word prints in
 * the stand-in the .docx names); `missing` (neither); `unknown` (the PC could not be asked).
 */
export type FontState = 'installed' | 'substitute' | 'missing' | 'unknown';

export interface FontStatus {
  key: keyof DocumentFonts;
  label: string;
  font: string;
  state: FontState;
  /** The face Word prints in instead, for `substitute`. */
  substitute?: string;
}

/** Every name worth asking the PC about: each font under all its names, and its stand-in's. */
export function fontCandidates(fonts: DocumentFonts): string[] {
  const names = FONT_ROLES.flatMap(({ key }) => {
    const fb = fontFallback(fonts[key]);
    return [...namesOf(fonts[key]), ...(fb ? [fb.altName, ...fb.altAliases] : [])];
  });
  return [...new Set(names)];
}

/** The state of each document font, given the PC's answer (undefined or unknown: `unknown`). */
export function fontStatuses(fonts: DocumentFonts, answer: FontsInstalled | undefined): FontStatus[] {
  return FONT_ROLES.map(({ key, label }) => {
    const font = fonts[key];
    if (!answer?.known) return { key, label, font, state: 'unknown' };
    const r = resolveFont(font, (name) => answer.installed[name] === true);
    if (r.via === 'self') return { key, label, font, state: 'installed' };
    if (r.via === 'fallback') return { key, label, font, state: 'substitute', substitute: r.face };
    return { key, label, font, state: 'missing' };
  });
}

/** One calm sentence over the list. */
export function fontSummary(statuses: readonly FontStatus[]): string {
  const states = new Set(statuses.map((s) => s.state));
  if (states.has('unknown')) return '暂时查不到这台电脑装了哪些字体。这不影响生成文件，打印前可以在 Word 里看一下字体对不对。';
  if (states.has('missing')) return '有的字体这台电脑上没有，也找不到相近的字体代替。';
  if (states.has('substitute')) return '有的字体这台电脑上没有，Word 会自动用相近的字体代替，可以正常打印。';
  return '生成文件要用的字体这台电脑上都有。';
}
