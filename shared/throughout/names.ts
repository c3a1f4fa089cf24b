/** Short lists for one-line messages: a few names, then how many in all. */

/** "张三、李四、王五等 12 人"; all of them when `total` is no more than the names given. */
export function cappedList(names: readonly string[], total: number, word = '人'): string {
  if (names.length === 0) return '';
  const shown = names.join('、');
  return total > names.length ? `${shown}等 ${total} ${word}` : shown;
}

/** The first line of a text, cut to `max` characters with "…", for naming an item in a line. */
export function shortLabel(text: string, max = 16): string {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  const chars = [...first];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : first;
}
