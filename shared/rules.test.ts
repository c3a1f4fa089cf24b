import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './campaign/defaultTemplate';
import { RULES, ruleStatus, type RuleStatus } from './rules';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// CI puts a copy of the project's shared/ folder (with DOMAIN.md) beside the clone.
const domainPath = path.resolve(repoRoot, '..', 'shared', 'DOMAIN.md');
const hasDomain = fs.existsSync(domainPath);

const RULE_ID = /(?<![A-Za-z0-9-])R-[A-Z0-9]+(?:-[A-Z0-9]+)*/g;
const TEST_FILE = /\.(test|spec)\.tsx?$/;
const TEST_DIRS = ['shared', 'renderer', 'electron', 'test'];
const THIS_FILE = path.join('shared', 'rules.test.ts');

function ruleIdsIn(text: string): string[] {
  return [...new Set(text.match(RULE_ID) ?? [])];
}

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(full));
    else if (TEST_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

/** `it`, `test` or `describe`, however chained: `it.each(t)`, `test.describe.skip`, `it.skipIf(c)`. */
function isTestCall(callee: ts.Expression): boolean {
  let e = callee;
  while (ts.isCallExpression(e) || ts.isPropertyAccessExpression(e)) e = e.expression;
  return ts.isIdentifier(e) && ['it', 'test', 'describe'].includes(e.text);
}

function isTitleLiteral(arg: ts.Expression): boolean {
  if (ts.isStringLiteralLike(arg) || ts.isTemplateExpression(arg)) return true;
  return ts.isBinaryExpression(arg) && arg.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

interface Title {
  where: string;
  text: string;
  rules: string[];
}

/** The first string argument of every it(/test(/describe( call that names a rule id. */
function titlesNamingRules(file: string): Title[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Title[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && isTestCall(node.expression)) {
      const first = node.arguments[0];
      if (first && isTitleLiteral(first)) {
        const text = first.getText(source);
        const rules = ruleIdsIn(text);
        if (rules.length > 0) {
          const line = source.getLineAndCharacterOfPosition(first.getStart(source)).line + 1;
          out.push({ where: `${path.relative(repoRoot, file)}:${line}`, text, rules });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const titles = TEST_DIRS.map((d) => path.join(repoRoot, d))
  .filter((d) => fs.existsSync(d))
  .flatMap(testFiles)
  .filter((f) => path.relative(repoRoot, f) !== THIS_FILE)
  .flatMap(titlesNamingRules);

const ids: string[] = RULES.map((r) => r.id);
const withStatus = (status: RuleStatus) => RULES.filter((r) => r.status === status).map((r) => r.id);

describe('the rule list (shared/rules.ts)', () => {
  it('has each rule once, with a well-formed id and a Chinese title', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^R-[A-Z0-9]+(-[A-Z0-9]+)*$/);
      expect(r.title, r.id).toMatch(/\p{Script=Han}/u);
      expect(ruleStatus(r.id)).toBe(r.status);
    }
    expect(ruleStatus('R-NO-SUCH-RULE')).toBeUndefined();
  });

  it.skipIf(!hasDomain)(
    `lists exactly the rule ids of DOMAIN.md${hasDomain ? '' : ` (skipped: ${domainPath} not found; CI puts shared/ beside the clone)`}`,
    () => {
      const domain = ruleIdsIn(fs.readFileSync(domainPath, 'utf8'));
      const missing = domain.filter((id) => !ids.includes(id));
      const unknown = ids.filter((id) => !domain.includes(id));
      expect({ missingFromRules: missing, notInDomain: unknown }).toEqual({ missingFromRules: [], notInDomain: [] });
    },
  );

  it('marks as manual exactly the rules that a hand-ticked checklist item of the default template names', () => {
    const template = defaultTemplate();
    const items = template.stages.flatMap((s) => [...s.lookback, ...s.steps.flatMap((st) => st.items)]);
    const named = [
      ...items.map((i) => i.rule),
      ...template.stages.flatMap((s) => s.steps.flatMap((st) => st.rules)),
      ...template.planActions.map((a) => a.rule),
      ...Object.values(template.thresholds).map((t) => t.rule),
    ].filter((id): id is string => id !== undefined);
    expect(named.filter((id) => ruleStatus(id) === undefined), 'rule ids in the template that are not in RULES').toEqual([]);

    const handTicked = new Set(items.filter((i) => !i.measure && i.rule).map((i) => i.rule));
    const expected = ids.filter((id) => ruleStatus(id) !== 'computed' && ruleStatus(id) !== 'hinted' && handTicked.has(id));
    expect(withStatus('manual').sort()).toEqual(expected.sort());
  });

  it('finds rule ids in test titles (sanity check of the scan)', () => {
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.where.includes(':'))).toBe(true);
  });

  it('has a test named after every computed or hinted rule', () => {
    const proven = new Set(titles.flatMap((t) => t.rules));
    const promised = [...withStatus('computed'), ...withStatus('hinted')];
    expect(promised.filter((id) => !proven.has(id)), 'computed or hinted rules without a test title naming them').toEqual([]);
  });

  it('names in test titles only rules that are computed or hinted: a rule id in a title is a promise', () => {
    const offending = titles.flatMap((t) =>
      t.rules
        .filter((id) => ruleStatus(id) !== 'computed' && ruleStatus(id) !== 'hinted')
        .map((id) => `${t.where} ${id} (${ruleStatus(id) ?? 'not in DOMAIN.md'}): ${t.text}`),
    );
    expect(offending, 'test titles naming a rule that shared/rules.ts marks neither computed nor hinted').toEqual([]);
  });
});
