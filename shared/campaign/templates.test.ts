import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_JSON, defaultTemplate, defaultTemplateRef } from './defaultTemplate';
import { DEFAULT_TEMPLATE_ID } from './loadTemplate';
import { itemIdMap } from './templateMigration';
import { bundledTemplates, latestVersion, templateFor } from './templates';

describe('template registry', () => {
  it('holds the 2005 分析评议 template as version 1, and it is the default', () => {
    const r = templateFor({ templateId: DEFAULT_TEMPLATE_ID, templateVersion: 1 });
    if (!r.ok) throw new Error(r.error.join('；'));
    expect(r.value).toMatchObject({ id: 'fenxi-pingyi-2005', version: 1 });
    expect(latestVersion(DEFAULT_TEMPLATE_ID)).toBe(1);
    expect(defaultTemplateRef()).toEqual({ templateId: DEFAULT_TEMPLATE_ID, templateVersion: 1 });
    expect(defaultTemplate()).toBe(r.value);
    expect(DEFAULT_TEMPLATE_JSON).toMatchObject({ id: DEFAULT_TEMPLATE_ID, version: 1 });
  });

  it('an unknown version or id asks the user to upgrade', () => {
    expect(templateFor({ templateId: DEFAULT_TEMPLATE_ID, templateVersion: 2 })).toEqual({
      ok: false,
      error: ['本单位使用的活动模板“fenxi-pingyi-2005”（第 2 版）在本程序中不存在，请升级评议通'],
    });
    expect(templateFor({ templateId: 'x', templateVersion: 1 })).toEqual({
      ok: false,
      error: ['本单位使用的活动模板“x”（第 1 版）在本程序中不存在，请升级评议通'],
    });
    expect(latestVersion('x')).toBeUndefined();
  });

  it('every bundled template is unique by id and version, and each newer version says how to migrate', () => {
    const all = bundledTemplates();
    expect(all.length).toBeGreaterThanOrEqual(1);
    const keys = all.map((t) => `${t.id}@${t.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of all.filter((x) => x.version > 1)) {
      const previous = all.find((x) => x.id === t.id && x.version === t.version - 1);
      expect(previous, `${t.id} 第 ${t.version - 1} 版须保留`).toBeDefined();
      expect(itemIdMap(previous!, t)).toMatchObject({ ok: true });
    }
  });
});
