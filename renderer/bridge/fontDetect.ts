/**
 * Which fonts this PC has, for the browser build, where the system cannot be asked: text is
 * measured in `"<font>", <generic>` and in the generic alone. A missing font leaves the browser
 * on the generic, so the two widths are equal; an installed one changes the width against at
 * least one generic. Comparing with each generic (rather than requiring a difference from all
 * of them) keeps a font that happens to be the browser's own serif — 宋体 on Chinese Windows —
 * from being reported missing.
 */

/** Width of `text` drawn in the CSS font-family list `family`. */
export type MeasureText = (family: string, text: string) => number;

export const GENERIC_FAMILIES = ['serif', 'sans-serif', 'monospace'] as const;

/** Chinese and Latin: a CJK face may differ from the generic only in one script. */
export const TEST_STRINGS = ['中华人民共和国党支部分析评议阶段工作方案，一二三。', 'mmmmmmmmmlli WwQ@#0123456789'];

/** A font name as a quoted CSS family name (font names never contain quotes, but be safe). */
export function cssFamily(name: string): string {
  return `"${name.replace(/["\\]/g, '\\$&')}"`;
}

/** Whether each of `names` is installed, judged by `measure`. */
export function detectFonts(names: readonly string[], measure: MeasureText): Record<string, boolean> {
  const baseline = new Map<string, number>();
  const generic = (family: string, text: string) => {
    const key = `${family}\n${text}`;
    let width = baseline.get(key);
    if (width === undefined) baseline.set(key, (width = measure(family, text)));
    return width;
  };
  const installed = (name: string) =>
    TEST_STRINGS.some((text) =>
      GENERIC_FAMILIES.some((family) => measure(`${cssFamily(name)}, ${family}`, text) !== generic(family, text)),
    );
  return Object.fromEntries(names.map((name) => [name, installed(name)]));
}

/** A MeasureText on a canvas of its own; null where the browser gives no 2D canvas. */
export function canvasMeasure(doc: Document): MeasureText | null {
  const context = doc.createElement('canvas').getContext('2d');
  if (!context) return null;
  return (family, text) => {
    context.font = `72px ${family}`;
    return context.measureText(text).width;
  };
}
