import type { CampaignTemplate } from '@shared/campaign/template';
import { parseTemplate } from '@shared/campaign/loadTemplate';
import type { Result } from '@shared/util/result';
import defaultTemplate from '../../resources/templates/fenxi-pingyi-2005.json';

/** The 2005 分析评议 template, validated at load like any template file. */
export function loadDefaultTemplate(): Result<CampaignTemplate, string[]> {
  return parseTemplate(defaultTemplate);
}
