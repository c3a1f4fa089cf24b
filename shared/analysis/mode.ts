/**
 * R-ANALYSIS-MODE (三个区别对待): members in work and able to write write their material by
 * hand themselves (亲笔撰写); old, weak and low-literacy members dictate it and another member
 * records it (口述代记). The app suggests the mode from the roster's conditions and says why;
 * the secretary may choose otherwise.
 */
import { EDUCATION_LABEL, type Education, type Member } from '../members/types';
import type { AnalysisMode } from './types';

/** 文化程度低: what the brief of the campaign counts as too little schooling to write it alone. */
export const LOW_EDUCATIONS: readonly Education[] = ['primary', 'juniorHigh'];

export interface ModeSuggestion {
  mode: AnalysisMode;
  /** Why, in Chinese, one phrase each (年老体弱, 无书写能力, 文化程度低（初中）). */
  reasons: string[];
}

type ModeFacts = Pick<Member, 'frail' | 'cannotWrite' | 'education' | 'employment'>;

export function suggestMode(m: ModeFacts): ModeSuggestion {
  const reasons: string[] = [];
  if (m.frail) reasons.push(m.employment === 'retired' ? '离退休、年老体弱' : '年老体弱');
  if (m.cannotWrite) reasons.push('无书写能力');
  if (m.education && LOW_EDUCATIONS.includes(m.education)) reasons.push(`文化程度低（${EDUCATION_LABEL[m.education]}）`);
  if (reasons.length > 0) return { mode: 'dictated', reasons };
  return { mode: 'self', reasons: [m.employment === 'retired' ? '能够自己书写' : '在职且能够自己书写'] };
}

/** One line for the page: “建议口述代记：年老体弱、无书写能力”. */
export function suggestionText(s: ModeSuggestion): string {
  return `建议${s.mode === 'dictated' ? '口述代记' : '亲笔撰写'}：${s.reasons.join('、')}`;
}
