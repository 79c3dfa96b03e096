// `playbook check`: validate the content and report every finding; the exit code says whether
// any finding is at or above --fail-on.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPlaybook, judgeChange } from '../core/check.ts';
import type { Model } from '../core/model.ts';
import { compareByPlace, isAtLeast, type Finding } from '../core/findings.ts';
import { BaseRefError, loadBase } from '../core/git/base.ts';
import { GitError } from '../core/git/run.ts';
import { codeownersFindings } from '../core/git/codeowners.ts';
import { formatGithub } from '../core/report/github.ts';
import { formatJson } from '../core/report/json.ts';
import { GITHUB_BODY_LIMIT } from '../core/report/fit.ts';
import { formatMarkdown } from '../core/report/markdown.ts';
import { formatText, summaryLine } from '../core/report/text.ts';
import { SEVERITIES, type Severity } from '../core/schema/values.ts';
import { asOfDate, contentDir, wantsColor, type CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';
import { zoneDate } from './zone-date.ts';
import { writeReportFile } from './report-file.ts';
import { rootedFindings } from './annotation-paths.ts';

/** The files CODEOWNERS is written from: each account's, and people.yaml (the GitHub handles). */
const OWNERS_SOURCE = /(^|\/)(accounts\/[^/]+\/index\.mdx|people\.yaml)$/;

const FORMATS = ['text', 'json', 'github', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export function runCheck(argv: string[], io: CliEnvironment): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      base: { type: 'string' },
      changed: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const format = oneOf(values.format!, FORMATS, '--format');
  const failOn = oneOf(values['fail-on']!, [...SEVERITIES, 'never'] as const, '--fail-on');
  if (values.changed && values.base === undefined) throw new UsageError('--changed needs --base REF: the files changed since which commit?');
  if (values.base !== undefined && (values.base === '' || values.base.startsWith('-'))) throw new UsageError(`--base needs a git ref, such as origin/main; got ${JSON.stringify(values.base)}.`);
  // Relative to the working directory the command was given (the same as the process's, except in tests).
  const given = contentDir(values.content, io.env);
  const dir = io.cwd === process.cwd() ? given : resolve(io.cwd, given);
  const result = checkPlaybook(dir, {
    asOf: asOfDate(values['as-of'], io.env),
    now: io.now(),
    dateInZone: zoneDate,
    cwd: io.cwd,
  });
  let findings = [...result.findings, ...codeownersFindings(result.content, { contentDir: dir, cwd: io.cwd })];
  let title = `${result.content.settings.title}: check`;
  if (values.base !== undefined) {
    let change;
    try {
      change = loadBase(dir, { ref: values.base, cwd: io.cwd });
    } catch (error) {
      // The base is not there (a shallow clone, a typo): say how to get it, exit 2 like any usage problem.
      if (!(error instanceof BaseRefError || error instanceof GitError)) throw error;
      io.stderr.write(`playbook check: ${error.message}\n`);
      return 2;
    }
    if (!change.mergeBase) {
      // Not a shallow clone (loadBase refuses those): the two histories share no commit at all.
      io.stderr.write(`playbook check: HEAD and ${values.base} share no history (an orphan branch, or histories never merged), so the comparison is with ${values.base} itself.\n`);
    }
    findings.push(...judgeChange(result.model, change));
    if (values.changed) {
      // CODEOWNERS goes stale in the change that changes who owns or works on an account (an
      // account's file, people.yaml's handles), without that change touching CODEOWNERS itself:
      // its warning belongs to that change.
      const ownersChanged = [...change.changedFiles].some((file) => OWNERS_SOURCE.test(file));
      findings = findings.filter((finding) => change.changedFiles.has(finding.file) || (ownersChanged && finding.rule === 'codeowners-stale'));
    }
    title = `${result.content.settings.title}: check against ${values.base}${values.changed ? ' (changed files)' : ''}`;
  }
  findings.sort(compareByPlace);
  const toFile = values.output !== undefined;
  // GitHub reads an annotation's file from the repository's root, not from where the step ran.
  const shown = format === 'github' ? rootedFindings(findings, dir, io.cwd) : findings;
  const report = render(format, shown, result.asOf, !toFile && wantsColor(io), title, result.model);
  if (toFile) {
    writeReportFile(values.output!, report, { cwd: io.cwd, contentDir: dir });
    io.stderr.write(`Wrote the ${format} report to ${values.output}: ${summaryLine(findings, result.asOf)}\n`);
  } else {
    io.stdout.write(report);
  }
  return failing(findings, failOn) ? 1 : 0;
}

function render(format: Format, findings: Finding[], asOf: string, color: boolean, title: string, model: Model): string {
  switch (format) {
    case 'json':
      return formatJson(findings, asOf);
    case 'github':
      return formatGithub(findings);
    case 'markdown':
      return formatMarkdown(findings, { asOf, title, maxLength: GITHUB_BODY_LIMIT, model });
    default:
      return formatText(findings, { color, asOf });
  }
}

export function failing(findings: readonly Finding[], failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && findings.some((f) => isAtLeast(f.severity, failOn));
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} ${value} is not one of ${allowed.join(', ')}.`);
}
