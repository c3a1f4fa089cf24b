import { describe, expect, it } from 'vitest';
import { branchResults, branchResultsText } from './summary';

const e = (memberId: string, fulfils = true, qualified = true, proposal?: 'notFulfilling') => ({ memberId, fulfils, qualified, ...(proposal ? { proposal } : {}) });

describe('a branch’s results for its notice', () => {
  it('counts the branch’s own members only, in words without grades or names', () => {
    const r = branchResults(['a', 'b', 'c'], [e('a'), e('b', false, true, 'notFulfilling'), e('x', false)]);
    expect(r).toEqual({ members: 3, evaluated: 2, good: 1, short: 1, proposed: 1 });
    expect(branchResultsText(r)).toBe(
      '本支部共有党员3名，已评议2名。经评议，1名党员能够履行党员义务、符合党员条件；1名党员没有认真履行党员义务，支部已提出明确要求和改进期限，并指定专人帮助。其中1名拟定为不履行党员义务或不符合党员条件，按规定报告上级党组织。',
    );
    expect(branchResultsText(branchResults(['a', 'b'], [e('a'), e('b')]))).toBe('本支部共有党员2名，已全部评议。经评议，2名党员都能够履行党员义务、符合党员条件。');
    expect(branchResultsText(branchResults([], []))).toBe('本支部没有党员。');
  });
});
