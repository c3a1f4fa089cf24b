/**
 * The official document fonts and what stands in for each when a PC lacks it. Stock Windows
 * (and most Kylin/UOS installs) has 仿宋, 楷体, 宋体 and 黑体 but not 仿宋_GB2312, 楷体_GB2312
 * or 方正小标宋简体. Each .docx declares these fallbacks in its font table (w:altName, the
 * GB2312 character set and the font's family), which is where Word and WPS look when a font
 * named in the text is missing: the document keeps asking for the official face, and a PC
 * without it prints in the stand-in without the user changing anything.
 */

export interface FontFallback {
  /** The face Word uses when the official one is missing (w:altName). */
  altName: string;
  /** Other names the stand-in goes by (English Windows lists 仿宋 as FangSong). */
  altAliases: readonly string[];
  /** Other names of the official face itself. */
  aliases: readonly string[];
  /** w:family: roman (serif, 宋/仿宋/楷), modern (fixed pitch), swiss (sans, 黑体). */
  family: 'roman' | 'modern' | 'swiss' | 'auto';
  /** w:pitch */
  pitch: 'fixed' | 'variable';
  /** w:panose1 of the official face, 10 bytes in hex, so Word's matching finds a similar face. */
  panose1: string;
}

/** GB2312, the character set of every official Chinese face (w:charset 86). */
export const GB2312_CHARSET = '86';

/** Official face → its stand-in. Faces not listed here are written without a fallback. */
export const FONT_FALLBACKS: Readonly<Record<string, FontFallback>> = {
  '仿宋_GB2312': { altName: '仿宋', altAliases: ['FangSong', '仿宋_GB2312'], aliases: ['FangSong_GB2312'], family: 'modern', pitch: 'fixed', panose1: '02010609030101010101' },
  '楷体_GB2312': { altName: '楷体', altAliases: ['KaiTi', '楷体_GB2312'], aliases: ['KaiTi_GB2312'], family: 'modern', pitch: 'fixed', panose1: '02010609030101010101' },
  '方正小标宋简体': { altName: '宋体', altAliases: ['SimSun'], aliases: ['FZXiaoBiaoSong-B05S', '方正小标宋_GBK'], family: 'auto', pitch: 'variable', panose1: '02000000000000000000' },
  '方正小标宋_GBK': { altName: '宋体', altAliases: ['SimSun'], aliases: ['FZXiaoBiaoSong-B05'], family: 'auto', pitch: 'variable', panose1: '02000000000000000000' },
  '方正仿宋_GBK': { altName: '仿宋', altAliases: ['FangSong'], aliases: ['FZFangSong-Z02'], family: 'auto', pitch: 'variable', panose1: '02000000000000000000' },
  '方正楷体_GBK': { altName: '楷体', altAliases: ['KaiTi'], aliases: ['FZKai-Z03'], family: 'auto', pitch: 'variable', panose1: '02000000000000000000' },
  '方正黑体_GBK': { altName: '黑体', altAliases: ['SimHei'], aliases: ['FZHei-B01'], family: 'auto', pitch: 'variable', panose1: '02000000000000000000' },
  '仿宋': { altName: '宋体', altAliases: ['SimSun'], aliases: ['FangSong', '仿宋_GB2312'], family: 'modern', pitch: 'fixed', panose1: '02010609060101010101' },
  '楷体': { altName: '宋体', altAliases: ['SimSun'], aliases: ['KaiTi', '楷体_GB2312'], family: 'modern', pitch: 'fixed', panose1: '02010609060101010101' },
  '黑体': { altName: '宋体', altAliases: ['SimSun'], aliases: ['SimHei'], family: 'modern', pitch: 'fixed', panose1: '02010609060101010101' },
  '宋体': { altName: '仿宋', altAliases: ['FangSong'], aliases: ['SimSun'], family: 'auto', pitch: 'variable', panose1: '02010600030101010101' },
  '华文中宋': { altName: '宋体', altAliases: ['SimSun'], aliases: ['STZhongsong'], family: 'auto', pitch: 'variable', panose1: '02010600040101010101' },
};

/** The fallback of an official face, if it has one. */
export function fontFallback(name: string): FontFallback | undefined {
  return Object.prototype.hasOwnProperty.call(FONT_FALLBACKS, name) ? FONT_FALLBACKS[name] : undefined;
}

/** Every name a face may be installed under (the name itself first). */
export function namesOf(name: string): string[] {
  return [name, ...(fontFallback(name)?.aliases ?? [])];
}

/** Which face a PC with `installed` fonts prints `name` in: itself, its stand-in, or none of ours. */
export function resolveFont(
  name: string,
  installed: (candidate: string) => boolean,
): { face: string; via: 'self' | 'fallback' } | { face: null; via: 'missing' } {
  if (namesOf(name).some(installed)) return { face: name, via: 'self' };
  const fb = fontFallback(name);
  if (fb && [fb.altName, ...fb.altAliases].some(installed)) return { face: fb.altName, via: 'fallback' };
  return { face: null, via: 'missing' };
}
