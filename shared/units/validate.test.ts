import { describe, expect, it } from 'vitest';
import { validateUnitDraft } from './validate';

const good = {
  name: '示例市经济局',
  orgName: '中共示例市经济局机关委员会',
  parentOrg: '中共示例市直属机关工作委员会',
  year: 2005,
  contact: '李明',
};

describe('validateUnitDraft', () => {
  it('accepts a complete draft and trims the text', () => {
    const r = validateUnitDraft({ ...good, name: '  示例市经济局 ', phone: '0571-8888 6666' });
    expect(r).toEqual({ ok: true, value: { ...good, phone: '0571-8888 6666' } });
  });

  it('allows an empty parent organisation, contact and phone', () => {
    const r = validateUnitDraft({ ...good, parentOrg: '', contact: '', phone: '' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).not.toHaveProperty('phone');
  });

  it('requires 单位名称 and 党组织名称', () => {
    const r = validateUnitDraft({ ...good, name: '  ', orgName: undefined });
    expect(r).toEqual({ ok: false, error: ['请填写单位名称', '请填写党组织名称'] });
  });

  it('keeps 活动年度 within 2000–2100 and whole', () => {
    for (const year of [1999, 2101, 2005.5, Number.NaN]) {
      const r = validateUnitDraft({ ...good, year });
      expect(r.ok).toBe(false);
    }
    expect(validateUnitDraft({ ...good, year: 2000 }).ok).toBe(true);
    expect(validateUnitDraft({ ...good, year: 2100 }).ok).toBe(true);
  });

  it('rejects letters in the phone number', () => {
    const r = validateUnitDraft({ ...good, phone: 'abc' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toContain('联系电话');
  });

  it('issue 7: cleans every text (invisible and control characters, bidi overrides, NFC), not just trims', () => {
    const r = validateUnitDraft({
      ...good,
      name: '\u202e示例市\u200b经济局\u0000 ',
      orgName: '中共示例市经济局\r\n机关委员会',
      contact: 'Ze\u0301ynep',
      parentOrg: '\ufeff中共示例市直属机关工作委员会',
    });
    expect(r).toEqual({
      ok: true,
      value: { ...good, name: '示例市经济局', orgName: '中共示例市经济局 机关委员会', contact: 'Z\u00e9ynep' },
    });
  });

  it('issue 7: a 单位名称 of invisible characters only is missing, and lengths count what is left', () => {
    expect(validateUnitDraft({ ...good, name: '\u200b\u2060' })).toEqual({ ok: false, error: ['请填写单位名称'] });
    expect(validateUnitDraft({ ...good, name: `${'局'.repeat(60)}\u200b\u200b` }).ok).toBe(true);
    expect(validateUnitDraft({ ...good, name: '局'.repeat(61) })).toEqual({ ok: false, error: ['单位名称不能超过 60 个字'] });
  });
});
