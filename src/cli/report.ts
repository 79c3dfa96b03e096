// `playbook report`: what a person or an account owes and what is late, or everything overdue and
// stale (`--stale`: the body of the scheduled workflow's issue), as a terminal table or markdown.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPlaybook, type CheckResult } from '../core/check.ts';
import { accountReport, formatOwedMarkdown, formatOwedText, formatStaleMarkdown, formatStaleText, personReport, repositoryLinkBase, staleReport } from '../core/report/owed.ts';
import { didYouMean } from '../core/suggest.ts';
import { asOfDate, contentDir, type CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';

export function runReport(argv: string[], io: CliEnvironment): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      person: { type: 'string' },
      account: { type: 'string' },
      stale: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      content: { type: 'string' },
      'as-of': { type: 'string' },
      output: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const chosen = [values.person !== undefined, values.account !== undefined, values.stale].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('say whose report: exactly one of --person ID, --account ID or --stale.');
  const format = values.format!;
  if (format !== 'text' && format !== 'markdown') throw new UsageError(`--format ${format} is not one of text, markdown.`);
  const result = load(values.content, values['as-of'], io);
  const report = render(result, { person: values.person, account: values.account, markdown: format === 'markdown' });
  if (values.output !== undefined) {
    writeFileSync(resolve(io.cwd, values.output), report);
    io.stderr.write(`Wrote the report to ${values.output}.\n`);
  } else {
    io.stdout.write(report);
  }
  return 0;
}

export function load(content: string | undefined, asOf: string | undefined, io: CliEnvironment): CheckResult {
  const given = contentDir(content, io.env);
  return checkPlaybook(io.cwd === process.cwd() ? given : resolve(io.cwd, given), { asOf: asOfDate(asOf, io.env), now: io.now(), cwd: io.cwd });
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
