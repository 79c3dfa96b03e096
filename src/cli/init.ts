// `playbook init [DIR]` (and `npm create followthrough`): a new playbook repository in DIR. It asks
// for the company, the time zone and the first people at a terminal, or takes them as flags
// (without a terminal, or with --yes, the flags and the defaults are all it has). It writes every
// file and checks the content it wrote as `playbook check` would, so that a team's first
// `npx playbook check` is clean. What is already in the folder is src/init/adopt.ts's: a new
// GitHub repository (README, LICENSE, .gitignore, .github/) or what `npm install followthrough`
// leaves is built on; anything else, or a file it would replace, is refused unless --force; and
// it says what it kept, merged and replaced.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { checkPlaybook } from '../core/check.ts';
import { dateInZone } from '../core/dates.ts';
import { timeZoneProblem } from '../core/zone-name.ts';
import { ID_PATTERN, idFrom } from '../core/schema/values.ts';
import { folderState, planWrites, type FolderState, type Plan } from '../init/adopt.ts';
import { EXAMPLE, type InitAnswers, type InitPerson } from '../init/example-playbook.ts';
import { teamRepositoryFiles } from '../init/team-files.ts';
import type { CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';

/** A zone name playbook.yaml takes (zone-name.ts): not an offset, in the database's own case. */
const isTimeZone = (zone: string) => timeZoneProblem(zone) === undefined;

export async function runInit(argv: string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      company: { type: 'string' },
      'time-zone': { type: 'string' },
      person: { type: 'string', multiple: true },
      empty: { type: 'boolean' },
      'package-spec': { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      force: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new UsageError(`one folder at most, not ${positionals.map((p) => JSON.stringify(p)).join(' ')}.`);
  const target = resolve(io.cwd, positionals[0] ?? '.');
  // A folder outside the current one is shown by its full path, not as ../../..
  const shown = relative(io.cwd, target).startsWith('..') ? target : relative(io.cwd, target) || '.';
  const state = folderState(target);
  if (!values.force && state.playbook) {
    io.stderr.write(`playbook init: ${shown} already holds a playbook (content/playbook.yaml): pass --force to rewrite the files around it (its content/ is left as it is; each file replaced is kept as <file>.bak).\n`);
    return 2;
  }
  if (!values.force && state.foreign.length > 0) {
    io.stderr.write(`playbook init: ${shown} is not empty (${list(state.foreign, 3)}): choose a new or empty folder, or pass --force to write into it (each file of the same name is replaced and kept as <file>.bak; a README, LICENSE, .gitignore or .github/ alone needs no --force).\n`);
    return 2;
  }

  const manifestPath = join(target, 'package.json');
  const existingManifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>) : undefined;
  const packageSpec = values['package-spec'] === undefined ? undefined : specFrom(values['package-spec'], io.cwd, target);
  const planFor = (answers: InitAnswers) => planWrites(target, teamRepositoryFiles({ answers, today: dateInZone(io.now(), answers.timeZone), packageSpec, existingManifest }), state);
  const refuseClashes = (plan: Plan, except = ''): boolean => {
    const clashes = plan.actions.flatMap((action) => (action.kind === 'write' && action.replaced === 'backup' && action.path !== except ? [action.path] : []));
    if (values.force || clashes.length === 0) return false;
    io.stderr.write(`playbook init: ${shown} has files init would replace (${list(clashes, 5)}): move them away, or pass --force to replace them (each is kept as <file>.bak).\n`);
    return true;
  };
  // Before any question: which files init would replace does not depend on the answers, but for
  // the README (whose text does), checked again once they are in.
  if (refuseClashes(planFor({ company: 'Company', timeZone: 'UTC', people: [{ id: 'someone', name: 'Someone' }], empty: values.empty === true }), 'README.md')) return 2;

  // A re-run over a playbook (--force) keeps its time zone, which scheduled.yml's hour is made from.
  const defaults = { company: titleOf(basename(target)), timeZone: (state.playbook ? playbookTimeZone(target) : undefined) ?? machineTimeZone() };
  const flagPeople = (values.person ?? []).map(parsePerson);
  const interactive = io.stdin?.isTTY === true && !values.yes;
  const answers: InitAnswers = interactive
    ? await ask(io, { company: values.company, timeZone: values['time-zone'], people: flagPeople }, defaults)
    : { company: values.company ?? defaults.company, timeZone: values['time-zone'] ?? defaults.timeZone, people: flagPeople, empty: false };
  answers.empty = values.empty === true;
  if (!isTimeZone(answers.timeZone)) throw new UsageError(`--time-zone ${answers.timeZone} is not an IANA time zone such as America/Toronto or UTC.`);
  if (answers.people.length === 0) throw new UsageError('name at least one person: --person "Jane Doe" or --person jane:"Jane Doe" (repeat it for more).');
  const duplicate = answers.people.find((p, i) => answers.people.findIndex((q) => q.id === p.id) !== i);
  if (duplicate) throw new UsageError(`two people have the id ${duplicate.id}: give one another with id:Name.`);

  const today = dateInZone(io.now(), answers.timeZone);
  const plan = planFor(answers);
  if (refuseClashes(plan)) return 2;
  for (const action of plan.actions) {
    if (action.kind !== 'write' && action.kind !== 'merge') continue;
    mkdirSync(dirname(join(target, action.path)), { recursive: true });
    if (action.kind === 'write' && action.backup) copyFileSync(join(target, action.path), join(target, action.backup));
    writeFileSync(join(target, action.path), action.text);
  }
  // What was written must pass as it stands: a failure here is a bug of ours, not the team's. (A
  // playbook that was there is theirs: `npx playbook check` tells them about it.)
  if (plan.wroteContent) {
    const { findings } = checkPlaybook(join(target, 'content'), { asOf: today, now: io.now() });
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) throw new Error(`the new playbook has ${errors.length} error(s): ${errors.map((f) => f.message).join('; ')}`);
  }

  const written = plan.actions.filter((action) => action.kind === 'write').length;
  const cd = shown === '.' ? '' : `  cd ${shown.includes(' ') ? JSON.stringify(shown) : shown}\n`;
  io.stdout.write(`Wrote a playbook for ${answers.company} in ${shown} (${written} file${written === 1 ? '' : 's'}${plan.wroteContent && !answers.empty ? ', with an example account and plan' : ''}).
${whatBecameOfTheirs(plan, state, target)}Next:
${cd}${existsSync(join(target, '.git')) ? '' : '  git init -b main  # if it is not a repository yet\n'}  npm install
  npx playbook check
  npm run dev       # the site at http://localhost:4321/
${plan.guide} says how to log a call, slip a date and publish the site.
${exampleNote(plan, answers)}${branchNote(target)}`);
  return 0;
}

/**
 * The example account is to look at, then delete before the first commit: said last, when the
 * team is about to commit, because a pull request cannot delete it once it is on main (its plan
 * is then kept like any client's). Nothing when no example was written.
 */
function exampleNote(plan: Plan, answers: InitAnswers): string {
  if (!plan.wroteContent || answers.empty) return '';
  return `The example account, content/accounts/${EXAMPLE.account}/, is there to look at: delete it before
your first commit. Once it is on main it is a client like any other, and a pull request that
deletes its plan fails the check (plans are closed, never deleted).
`;
}

/**
 * The workflows publish the site on pushes to `main` (scheduled.yml) and the README asks for a
 * protection rule on `main`; `git init` without `-b` still makes `master` where git is not told
 * otherwise, and that branch, pushed first, becomes the repository's default: the site would then
 * be published only by the daily run. Said while it is one command to fix. Read from .git/HEAD
 * (no git needed); nothing for a detached HEAD, a worktree's .git file, or no repository.
 */
function branchNote(target: string): string {
  let head: string;
  try {
    head = readFileSync(join(target, '.git', 'HEAD'), 'utf8');
  } catch {
    return '';
  }
  const branch = /^ref: refs\/heads\/(.+)\s*$/.exec(head)?.[1];
  if (branch === undefined || branch === 'main') return '';
  return `This repository's branch is ${branch}, but the workflows publish the site on pushes to main:
rename it before the first push (git branch -m ${branch} main), or write ${branch} for main under
\`branches:\` in .github/workflows/scheduled.yml.
`;
}

/** `a, b, c, ...`: the first `most` names. */
function list(names: string[], most: number): string {
  return `${names.slice(0, most).join(', ')}${names.length > most ? ', ...' : ''}`;
}

/**
 * One line for each thing init did to what was there: kept, merged, replaced. Nothing when the
 * folder was empty. A file of the team's is never changed without being named here.
 */
function whatBecameOfTheirs(plan: Plan, state: FolderState, target: string): string {
  const lines: string[] = [];
  const touched = plan.actions.filter((action) => action.kind !== 'keep').map((action) => action.path);
  const present = existsSync(target) ? readdirSync(target, { withFileTypes: true }) : [];
  const kept = present
    .filter((entry) => !['.git', 'node_modules', 'package-lock.json'].includes(entry.name))
    .filter((entry) => !touched.some((path) => path === entry.name || path.startsWith(`${entry.name}/`)))
    .filter((entry) => !plan.actions.some((action) => action.kind === 'write' && action.backup === entry.name))
    .map((entry) => {
      if (entry.name === 'content' && state.playbook) return 'content/ (your playbook, untouched)';
      if (entry.name === 'README.md' && plan.guide === 'PLAYBOOK.md') return 'README.md (the playbook\'s guide is PLAYBOOK.md: link it from yours)';
      return entry.isDirectory() ? `${entry.name}/` : entry.name;
    });
  // A file of theirs init would have written inside a folder it also wrote into (content/people.yaml).
  for (const action of plan.actions) if (action.kind === 'keep' && action.path.includes('/') && action.path !== 'content/') kept.push(action.path);
  if (kept.length > 0) lines.push(`Kept as ${kept.length === 1 ? 'it was' : 'they were'}: ${kept.join(', ')}.`);
  for (const action of plan.actions) {
    if (action.kind === 'merge') lines.push(`Added to ${action.path}: ${action.added.join(', ')}.`);
    if (action.kind === 'write' && action.replaced === 'stub') lines.push(`Replaced ${action.path}, GitHub's stub, with the playbook's guide.`);
  }
  const replaced = plan.actions.flatMap((action) => (action.kind === 'write' && action.backup ? [`${action.path} (yours is ${action.backup})`] : []));
  if (replaced.length > 0) lines.push(`Replaced: ${replaced.join(', ')}.`);
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * --package-spec as package.json must say it: a tarball or folder given relative to where init
 * runs becomes `file:` relative to the new repository, which npm reads it from; a version range,
 * tag or URL stays as it is.
 */
export function specFrom(spec: string, cwd: string, target: string): string {
  const path = spec.startsWith('file:') ? spec.slice('file:'.length) : spec;
  const local = /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(path) || /\.(tgz|tar\.gz)$/.test(path);
  if (!local || !existsSync(resolve(cwd, path))) return spec;
  const fromTarget = relative(target, resolve(cwd, path)).split('\\').join('/');
  return `file:${fromTarget.startsWith('.') ? fromTarget : `./${fromTarget}`}`;
}

/** `jane-doe:Jane Doe` or `Jane Doe` (whose id is then `jane-doe`). */
export function parsePerson(text: string): InitPerson {
  const colon = text.indexOf(':');
  const [id, name] = colon > 0 ? [text.slice(0, colon).trim(), text.slice(colon + 1).trim()] : [idFrom(text), text.trim()];
  if (!name) throw new UsageError(`--person ${JSON.stringify(text)} has no name: use "Jane Doe" or jane-doe:"Jane Doe".`);
  // A name in a script without Latin letters gives no id of its own: ask for one.
  if (!id) throw new UsageError(`--person ${JSON.stringify(text)}: an id cannot be made from the name; give one before it, such as --person li-lei:${JSON.stringify(name)}.`);
  if (!ID_PATTERN.test(id)) throw new UsageError(`the person id \`${id}\` is not lowercase kebab-case; use something like \`${idFrom(id) || 'jane-doe'}\`.`);
  return { id, name };
}

function titleOf(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').replace(/\bplaybook\b/gi, '').trim();
  // The first letter of each word, any script's (`\b\w` took `équipe` for `é` + word `quipe`).
  return words ? words.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()) : 'Our company';
}

/** The `timezone:` of the folder's content/playbook.yaml, when it names one; else undefined (the file is the team's: `playbook check` judges it). */
function playbookTimeZone(target: string): string | undefined {
  try {
    const zone = (parse(readFileSync(join(target, 'content', 'playbook.yaml'), 'utf8')) as { timezone?: unknown } | null)?.timezone;
    return typeof zone === 'string' && isTimeZone(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}

function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** The questions at a terminal, on standard error (standard output stays the result's). */
async function ask(
  io: CliEnvironment,
  given: { company?: string; timeZone?: string; people: InitPerson[] },
  defaults: { company: string; timeZone: string },
): Promise<InitAnswers> {
  const rl = createInterface({ input: io.stdin!, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const question = async (label: string, fallback?: string): Promise<string> => {
    io.stderr.write(`${label}${fallback ? ` [${fallback}]` : ''}: `);
    const next = await lines.next();
    if (next.done) throw new UsageError('the input ended before every question was answered.');
    return next.value.trim() || fallback || '';
  };
  try {
    const company = given.company ?? (await question('Company', defaults.company));
    let timeZone = given.timeZone;
    while (timeZone === undefined) {
      const answer = await question('Time zone (whose date is "today")', defaults.timeZone);
      if (isTimeZone(answer)) timeZone = answer;
      else io.stderr.write(`  ${answer} is not an IANA time zone such as America/Toronto or UTC.\n`);
    }
    const people = [...given.people];
    if (people.length === 0) io.stderr.write('The first people of the team: a name (Jane Doe) or id:name (jane:Jane Doe) each, an empty line to finish.\n');
    while (people.length === 0 || given.people.length === 0) {
      const answer = await question(`Person ${people.length + 1}`);
      if (!answer) {
        if (people.length > 0) break;
        io.stderr.write('  (at least one: the owner of the example account)\n');
        continue;
      }
      try {
        people.push(parsePerson(answer));
      } catch (error) {
        io.stderr.write(`  ${(error as Error).message}\n`);
      }
    }
    return { company, timeZone, people, empty: false };
  } finally {
    rl.close();
  }
}
