/**
 * Two versions of a material side by side: character by character (Chinese has no spaces to
 * split words on), through jsdiff's `diffChars`. The old text on the left with what was taken
 * out marked, the new one on the right with what was put in marked.
 */
import { diffChars } from 'diff';
import { SECTION_KEYS, SECTION_LABEL, type AnalysisTexts } from './review';

export type SegmentKind = 'same' | 'removed' | 'added';

export interface Segment {
  text: string;
  kind: SegmentKind;
}

export interface SectionDiff {
  key: keyof AnalysisTexts;
  label: string;
  /** The old text, with `removed` parts. */
  left: Segment[];
  /** The new text, with `added` parts. */
  right: Segment[];
  /** Characters taken out and put in. */
  removed: number;
  added: number;
}

/** A diff that takes longer than this gives up and marks the whole text as replaced. */
const TIMEOUT_MS = 1500;

const chars = (s: string) => [...s].length;

export function diffText(before: string, after: string): Pick<SectionDiff, 'left' | 'right' | 'removed' | 'added'> {
  if (before === after) {
    const same: Segment[] = before ? [{ text: before, kind: 'same' }] : [];
    return { left: same, right: same, removed: 0, added: 0 };
  }
  const changes = diffChars(before, after, { timeout: TIMEOUT_MS });
  if (!changes) {
    return {
      left: before ? [{ text: before, kind: 'removed' }] : [],
      right: after ? [{ text: after, kind: 'added' }] : [],
      removed: chars(before),
      added: chars(after),
    };
  }
  const left: Segment[] = [];
  const right: Segment[] = [];
  // Adjacent parts of one kind are merged: an insertion on the right splits the left's common text.
  const push = (side: Segment[], text: string, kind: SegmentKind) => {
    const last = side.at(-1);
    if (last && last.kind === kind) last.text += text;
    else side.push({ text, kind });
  };
  let removed = 0;
  let added = 0;
  for (const c of changes) {
    if (c.added) {
      push(right, c.value, 'added');
      added += c.count;
    } else if (c.removed) {
      push(left, c.value, 'removed');
      removed += c.count;
    } else {
      push(left, c.value, 'same');
      push(right, c.value, 'same');
    }
  }
  return { left, right, removed, added };
}

/** The three sections of two versions, compared. */
export function diffVersions(before: AnalysisTexts, after: AnalysisTexts): SectionDiff[] {
  return SECTION_KEYS.map((key) => ({ key, label: SECTION_LABEL[key], ...diffText(before[key], after[key]) }));
}
