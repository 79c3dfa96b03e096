// `playbook check`: validate the content and report every finding; the exit code says whether
// any finding is at or above --fail-on.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPlaybook } from '../core/check.ts';
import { isAtLeast, type Finding } from '../core/findings.ts';
import { formatGithub } from '../core/report/github.ts';
import { formatJson } from '../core/report/json.ts';
import { formatMarkdown } from '../core/report/markdown.ts';
import { formatText, summaryLine } from '../core/report/text.ts';
import { SEVERITIES, type Severity } from '../core/schema/settings.ts';
import { asOfDate, contentDir, wantsColor, type CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';

export const CHECK_USAGE = `Usage: playbook check [--content DIR] [--as-of YYYY-MM-DD]
                      [--format text|json|github|markdown] [--output FILE]
                      [--fail-on error|warning|notice|never]

Validates the playbook and reports overdue commitments, stale follow-ups and every other finding.
  --content DIR   the content folder (default: $PLAYBOOK_CONTENT_DIR, else ./content)
  --as-of DATE    judge as of this day (default: $PLAYBOOK_AS_OF, else today in the playbook's time zone)
  --format F      text (default), json, github (workflow commands) or markdown (a job summary)
  --output FILE   write the report to FILE instead of standard output
  --fail-on S     exit 1 when a finding is at or above S (default: error); never: always exit 0
`;

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
    },
    strict: true,
    allowPositionals: false,
  });
  const format = oneOf(values.format!, FORMATS, '--format');
  const failOn = oneOf(values['fail-on']!, [...SEVERITIES, 'never'] as const, '--fail-on');
  const result = checkPlaybook(contentDir(values.content, io.env), {
    asOf: asOfDate(values['as-of'], io.env),
    now: io.now(),
    cwd: io.cwd,
  });
  const toFile = values.output !== undefined;
  const report = render(format, result.findings, result.asOf, !toFile && wantsColor(io), result.content.settings.title);
  if (toFile) {
    writeFileSync(resolve(io.cwd, values.output!), report);
    io.stderr.write(`Wrote the ${format} report to ${values.output}: ${summaryLine(result.findings, result.asOf)}\n`);
  } else {
    io.stdout.write(report);
  }
  return failing(result.findings, failOn) ? 1 : 0;
}

function render(format: Format, findings: Finding[], asOf: string, color: boolean, title: string): string {
  switch (format) {
    case 'json':
      return formatJson(findings, asOf);
    case 'github':
      return formatGithub(findings);
    case 'markdown':
      return formatMarkdown(findings, { asOf, title: `${title}: check` });
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
