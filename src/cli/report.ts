// `playbook report`: what a person or an account owes and what is late, or everything overdue and
// stale (`--stale`: the body of the scheduled workflow's issue), as a terminal table or markdown;
// and promise-keeping over time (`--trend`) and incidents by cause (`--incidents`), which also
// come as the contract's JSON.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPlaybook, type CheckResult } from '../core/check.ts';
import { DEFAULT_TREND_WEEKS, incidentTrend, MAX_TREND_WEEKS, promiseTrend, TREND_GROUPINGS, type TrendBy } from '../core/model.ts';
import { formatIncidentJson, formatIncidentMarkdown, formatIncidentText } from '../core/report/incidents.ts';
import { accountReport, formatOwedMarkdown, formatOwedText, formatStaleMarkdown, formatStaleText, personReport, repositoryLinkBase, staleReport } from '../core/report/owed.ts';
import { printable } from '../core/report/printable.ts';
import { formatTrendJson, formatTrendMarkdown, formatTrendText } from '../core/report/trend.ts';
import { structuralFindings } from '../core/rules/catalog.ts';
import { didYouMean } from '../core/suggest.ts';
import { countOf } from '../core/words.ts';
import { asOfDate, contentDir, type CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';
import { zoneDate } from './zone-date.ts';
import { writeReportFile } from './report-file.ts';

type Format = 'text' | 'markdown' | 'json';

export function runReport(argv: string[], io: CliEnvironment): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      person: { type: 'string' },
      account: { type: 'string' },
      stale: { type: 'boolean', default: false },
      trend: { type: 'boolean', default: false },
      incidents: { type: 'boolean', default: false },
      by: { type: 'string' },
      weeks: { type: 'string' },
      format: { type: 'string', default: 'text' },
      content: { type: 'string' },
      'as-of': { type: 'string' },
      output: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const chosen = [values.person !== undefined, values.account !== undefined, values.stale, values.trend, values.incidents].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('say whose report: exactly one of --person ID, --account ID or --stale (or --trend or --incidents, for the weeks behind).');
  const overTime = values.trend || values.incidents;
  if (values.by !== undefined && !values.trend) throw new UsageError('--by goes with --trend.');
  if (values.weeks !== undefined && !overTime) throw new UsageError('--weeks goes with --trend or --incidents.');
  const by = trendBy(values.by);
  const weeks = weekCount(values.weeks);
  const formats: Format[] = overTime ? ['text', 'json', 'markdown'] : ['text', 'markdown'];
  const format = values.format as Format;
  if (!formats.includes(format)) throw new UsageError(`--format ${values.format} is not one of ${formats.join(', ')}.`);
  const result = load(values.content, values['as-of'], io);
  const rendered = values.trend
    ? renderTrend(result, by, weeks, format)
    : values.incidents
      ? renderIncidents(result, weeks, format)
      : render(result, { person: values.person, account: values.account, markdown: format === 'markdown' });
  // Names and whats from content, for a terminal (markdown escapes its own, JSON is data).
  const report = format === 'text' ? printable(rendered) : rendered;
  if (values.output !== undefined) {
    writeReportFile(values.output, report, { cwd: io.cwd, contentDir: contentDir(values.content, io.env) });
    io.stderr.write(`Wrote the report to ${values.output}.\n`);
  } else {
    io.stdout.write(report);
  }
  return 0;
}

function trendBy(given: string | undefined): TrendBy {
  if (given === undefined) return 'side';
  if ((TREND_GROUPINGS as readonly string[]).includes(given)) return given as TrendBy;
  throw new UsageError(`--by ${given} is not one of ${TREND_GROUPINGS.join(', ')}${didYouMean(given, TREND_GROUPINGS)}.`);
}

function weekCount(given: string | undefined): number {
  if (given === undefined) return DEFAULT_TREND_WEEKS;
  if (!/^[1-9]\d*$/.test(given) || Number(given) > MAX_TREND_WEEKS) throw new UsageError(`--weeks ${given} is not a whole number of weeks from 1 to ${MAX_TREND_WEEKS}.`);
  return Number(given);
}

function renderTrend(result: CheckResult, by: TrendBy, weeks: number, format: Format): string {
  const trend = promiseTrend(result.model, { by, weeks });
  return format === 'json' ? formatTrendJson(trend) : format === 'markdown' ? formatTrendMarkdown(trend) : formatTrendText(trend);
}

function renderIncidents(result: CheckResult, weeks: number, format: Format): string {
  const trend = incidentTrend(result.model, { weeks });
  return format === 'json' ? formatIncidentJson(trend) : format === 'markdown' ? formatIncidentMarkdown(trend) : formatIncidentText(trend);
}

export function load(content: string | undefined, asOf: string | undefined, io: CliEnvironment): CheckResult {
  const given = contentDir(content, io.env);
  const result = checkPlaybook(io.cwd === process.cwd() ? given : resolve(io.cwd, given), { asOf: asOfDate(asOf, io.env), now: io.now(), dateInZone: zoneDate, cwd: io.cwd });
  // A report counts what loads; what `check` (and the build) refuses is left out of it, or read in
  // part. Said once, on stderr, so that numbers printed over a broken playbook are not taken whole.
  const broken = structuralFindings(result.findings);
  if (broken.length > 0) {
    const files = new Set(broken.map((finding) => finding.file)).size;
    const one = broken.length === 1;
    io.stderr.write(
      `Note: \`playbook check\` finds ${countOf(broken.length, 'problem')} that stop${one ? 's' : ''} the site's build (${[...new Set(broken.map((finding) => finding.rule))].join(', ')}, in ${countOf(files, 'file')}); what ${files === 1 ? 'that file holds' : 'those files hold'} is left out of this report or read in part. Run \`playbook check\` to see ${one ? 'it' : 'them'}.\n`,
    );
  }
  return result;
}

function render(result: CheckResult, which: { person?: string; account?: string; markdown: boolean }): string {
  const { model, content } = result;
  const options = { linkBase: repositoryLinkBase(content), mention: content.people };
  if (which.person !== undefined) {
    if (!content.personIds.has(which.person)) {
      throw new UsageError(`there is no person \`${which.person}\` in people.yaml${didYouMean(which.person, content.personIds)}.`);
    }
    const report = personReport(model, which.person);
    return which.markdown ? formatOwedMarkdown(report, { linkBase: options.linkBase }) : formatOwedText(report);
  }
  if (which.account !== undefined) {
    const ids = content.accounts.map((account) => account.id);
    if (!ids.includes(which.account)) throw new UsageError(`there is no account \`${which.account}\`${didYouMean(which.account, ids)}.`);
    const report = accountReport(model, which.account);
    return which.markdown ? formatOwedMarkdown(report, { linkBase: options.linkBase }) : formatOwedText(report);
  }
  const report = staleReport(model);
  return which.markdown ? formatStaleMarkdown(report, options) : formatStaleText(report);
}
