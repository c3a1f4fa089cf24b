/** The built-in default template (2005 分析评议), bundled from resources/templates. */
import raw from '../../resources/templates/fenxi-pingyi-2005.json';
import { parseTemplate } from './loadTemplate';
import type { CampaignTemplate } from './template';

export const DEFAULT_TEMPLATE_JSON: unknown = raw;

let cached: CampaignTemplate | undefined;

/** The parsed default template. A broken bundled file is a build error, hence the throw. */
export function defaultTemplate(): CampaignTemplate {
  if (cached) return cached;
  const r = parseTemplate(raw);
  if (!r.ok) throw new Error(`默认活动模板无效：${r.error.join('；')}`);
  cached = r.value;
  return cached;
}
