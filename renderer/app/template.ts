import { defaultTemplateRef } from '@shared/campaign/defaultTemplate';
import type { CampaignTemplate } from '@shared/campaign/template';
import { templateFor } from '@shared/campaign/templates';
import type { Result } from '@shared/util/result';

/** The default template (2005 分析评议) from the bundled registry, validated at load like any template file. */
export function loadDefaultTemplate(): Result<CampaignTemplate, string[]> {
  return templateFor(defaultTemplateRef());
}
