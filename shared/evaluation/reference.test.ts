import { describe, expect, it } from 'vitest';
import { massDraft, peerDraft } from './reference';

const turn = { criticFrom: ['孙丽萍', '黄志明'], criticisms: ['学习抓得不紧', '下基层少\n要多走动'], massComments: '窗口服务态度有改进' };
const opinions = [
  { text: '开会经常迟到', source: 'party' as const, anonymous: false, giver: '刘芳' },
  { text: '办事拖拉', source: 'masses' as const, anonymous: true },
  { text: '帮企业跑手续很热心', source: 'client' as const, anonymous: false, giver: '孔令辉' },
  { text: '上级意见', source: 'higher' as const, anonymous: false, giver: '督导组' },
];

describe('first drafts of the peer and mass opinions', () => {
  it('takes the criticisms with who made them and the party members’ opinions for the peer summary', () => {
    expect(peerDraft([turn], opinions)).toBe('孙丽萍：学习抓得不紧\n黄志明：下基层少 要多走动\n刘芳：开会经常迟到');
  });
  it('takes the masses’ words at the meeting and the non-party opinions (no names for anonymous ones) for the mass summary', () => {
    expect(massDraft([turn], opinions)).toBe('窗口服务态度有改进\n办事拖拉\n孔令辉：帮企业跑手续很热心');
  });
  it('stops at the field’s 500 characters, whole lines only', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ text: `意见${i}`.padEnd(20, '。'), source: 'party' as const, anonymous: true }));
    const d = peerDraft([], many);
    expect(d.length).toBeLessThanOrEqual(500);
    expect(d.split('\n').every((l) => l.length === 20)).toBe(true);
  });
});
