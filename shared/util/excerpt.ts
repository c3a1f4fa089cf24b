/** A short excerpt of a value for a message: a file may hold megabytes where a name belongs. */
export function excerpt(value: unknown, max = 24): string {
  const s = typeof value === 'string' ? value : (() => { try { return JSON.stringify(value) ?? String(value); } catch { return String(value); } })();
  const chars = [...s.slice(0, max * 2)];
  return chars.length > max || s.length > max * 2 ? `${chars.slice(0, max).join('')}…（共 ${s.length} 字）` : chars.join('');
}

/** A message cut to a readable length. */
export function capMessage(message: string, max = 200): string {
  const chars = [...message];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : message;
}
