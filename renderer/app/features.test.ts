import { describe, expect, it, vi } from 'vitest';
import { MEASURES } from '@shared/campaign/measures';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';

// The feature modules pull in pages; only their ids, routes and facts matter here.
vi.mock('../bridge', () => ({ bridge: {} }));
const { FEATURES, featurePage } = await import('./features');

describe('features register themselves', () => {
  it('every computed checklist item leads to the page of the feature that owns its measure', () => {
    const items = defaultTemplate().stages.flatMap((s) => s.steps.flatMap((st) => st.items)).filter((i) => i.measure);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const feature = MEASURES[item.measure!].feature;
      expect(featurePage(feature), `${item.id} → ${feature}`).toBeTruthy();
    }
  });

  it('each feature id and each page path is used once', () => {
    const ids = FEATURES.map((f) => f.id);
    const paths = FEATURES.flatMap((f) => f.routes.map((r) => r.path));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('a feature without pages leads nowhere', () => {
    expect(featurePage('nonexistent')).toBeNull();
    expect(featurePage(undefined)).toBeNull();
  });
});
