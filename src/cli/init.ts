// `playbook init [DIR]` (and `npm create followthrough`): a new playbook repository in DIR. It asks
// for the company, the time zone and the first people at a terminal, or takes them as flags
// (without a terminal, or with --yes, the flags and the defaults are all it has). It refuses a
// folder with files in it unless --force, writes every file, and checks the content it wrote as
// `playbook check` would, so that a team's first `npx playbook check` is clean. A git clone's
// .git does not count as a file, nor does what `npm install followthrough` leaves in a new folder
// (package.json, its lock file, node_modules): init then adds to that package.json, as
// `npm i -D @changesets/cli && changeset init` does.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkPlaybook } from '../core/check.ts';
import { dateInZone, isTimeZone } from '../core/dates.ts';
import { ID_PATTERN, idFrom } from '../core/schema/values.ts';
import type { InitAnswers, InitPerson } from '../init/example-playbook.ts';
import { teamRepositoryFiles } from '../init/team-files.ts';
import type { CliEnvironment } from './environment.ts';
import { UsageError } from './errors.ts';

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
  const present = existingFiles(target);
  if (present.length > 0 && !values.force) {
    io.stderr.write(`playbook init: ${shown} is not empty (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', ...' : ''}): choose a new or empty folder, or pass --force to write into it (files of the same names are replaced).\n`);
    return 2;
  }

  const defaults = { company: titleOf(basename(target)), timeZone: machineTimeZone() };
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
  const manifestPath = join(target, 'package.json');
  const existingManifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>) : undefined;
  const packageSpec = values['package-spec'] === undefined ? undefined : specFrom(values['package-spec'], io.cwd, target);
  const files = teamRepositoryFiles({ answers, today, packageSpec, existingManifest });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), text);
  }
  // What was written must pass as it stands: a failure here is a bug of ours, not the team's.
  const { findings } = checkPlaybook(join(target, 'content'), { asOf: today, now: io.now() });
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw new Error(`the new playbook has ${errors.length} error(s): ${errors.map((f) => f.message).join('; ')}`);

  const cd = shown === '.' ? '' : `  cd ${shown.includes(' ') ? JSON.stringify(shown) : shown}\n`;
  io.stdout.write(`Wrote a playbook for ${answers.company} in ${shown} (${files.size} files${answers.empty ? '' : ', with an example account and plan'}). Next:
${cd}  git init          # if it is not a repository yet
  npm install
  npx playbook check
  npm run dev       # the site at http://localhost:4321/
README.md says how to log a call, slip a date and publish the site.
`);
  return 0;
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

/** What `npm install followthrough` leaves in an empty folder. */
const INSTALLED = new Set(['package.json', 'package-lock.json', 'node_modules']);

/** The files in `dir` that init could clash with; none when it does not exist. */
function existingFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((name) => name !== '.git');
  return names.every((name) => INSTALLED.has(name)) && names.includes('package.json') ? [] : names;
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
