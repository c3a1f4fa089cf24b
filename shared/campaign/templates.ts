/**
 * The campaign templates bundled with the app, keyed by id and version. Every version ever
 * shipped stays here: a unit keeps the version it started with, and its ticks move to a newer
 * one only through templateMigration.ts.
 */
import fenxiPingyi2005v1 from '../../resources/templates/fenxi-pingyi-2005.json';
import type { Result } from '../util/result';
import { parseTemplate } from './loadTemplate';
import type { CampaignTemplate } from './template';

/** Which template, in which version, a unit runs. */
export interface TemplateRef {
  templateId: string;
  templateVersion: number;
}

/** The raw files, validated on first use like any template a user might bring in. */
export const BUNDLED_TEMPLATE_JSON: readonly unknown[] = [fenxiPingyi2005v1];

type Entry = { id: string; version: number; parsed: Result<CampaignTemplate, string[]> };

let entries: Entry[] | undefined;

function field(json: unknown, key: string): unknown {
  return typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[key] : undefined;
}

function bundled(): Entry[] {
  entries ??= BUNDLED_TEMPLATE_JSON.map((json) => {
    const parsed = parseTemplate(json);
    if (parsed.ok) return { id: parsed.value.id, version: parsed.value.version, parsed };
    // A broken file still answers for its id and version, with its errors.
    return { id: String(field(json, 'id')), version: Number(field(json, 'version')), parsed };
  });
  return entries;
}

/** The template a unit runs, or a Chinese message when this build does not have it. */
export function templateFor(ref: TemplateRef): Result<CampaignTemplate, string[]> {
  const { templateId: id, templateVersion: version } = ref;
  const entry = bundled().find((e) => e.id === id && e.version === version);
  if (!entry) {
    return { ok: false, error: [`本单位使用的活动模板“${id}”（第 ${version} 版）在本程序中不存在，请升级评议通`] };
  }
  if (!entry.parsed.ok) {
    return { ok: false, error: [`内置活动模板“${id}”（第 ${version} 版）无效：${entry.parsed.error.join('；')}`] };
  }
  return entry.parsed;
}

/** The newest bundled version of a template id (for new units and upgrades), if any. */
export function latestVersion(templateId: string): number | undefined {
  const versions = bundled()
    .filter((e) => e.id === templateId)
    .map((e) => e.version);
  return versions.length > 0 ? Math.max(...versions) : undefined;
}

/** Every bundled template that parses, oldest version first within an id. */
export function bundledTemplates(): CampaignTemplate[] {
  return bundled()
    .flatMap((e) => (e.parsed.ok ? [e.parsed.value] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}
