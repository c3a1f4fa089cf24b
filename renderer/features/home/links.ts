/** Where the user goes to do a checklist item, when a page for it exists. */
export function pageForItem(itemId: string): string | null {
  if (itemId === 'transition.roster') return 'roster';
  if (itemId.startsWith('transition.plan')) return 'plan';
  if (itemId === 'transition.mobilise') return 'mobilise';
  if (itemId === 'transition.schedule' || itemId.startsWith('lookback.') || itemId.startsWith('acceptance:') || itemId.endsWith('.accepted')) {
    return 'stages';
  }
  return null;
}
