/** The built-in default template (2005 分析评议), bundled from resources/templates. */
import raw from '../../resources/templates/fenxi-pingyi-2005.json';
import { DEFAULT_TEMPLATE_ID } from './loadTemplate';
import type { CampaignTemplate } from './template';
import { latestVersion, templateFor, type TemplateRef } from './templates';

export const DEFAULT_TEMPLATE_JSON: unknown = raw;

/** The default template in its newest bundled version: what a new unit starts with. */
export function defaultTemplateRef(): TemplateRef {
  return { templateId: DEFAULT_TEMPLATE_ID, templateVersion: latestVersion(DEFAULT_TEMPLATE_ID) ?? 1 };
}

let cached: CampaignTemplate | undefined;

/** The parsed default template. A broken bundled file is a build error, hence the throw. */
export function defaultTemplate(): CampaignTemplate {
  if (cached) return cached;
  const r = templateFor(defaultTemplateRef());
  if (!r.ok) throw new Error(r.error.join('；'));
  cached = r.value;
  return cached;
}
