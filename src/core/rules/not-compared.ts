// What `check --base` could not compare, said as findings rather than skipped in silence: a plan
// or an account whose file at the base does not load (not UTF-8, YAML that does not parse, no
// frontmatter), a commitment, milestone, incident or some touchpoints that did not pass their schema
// there (still there now; an item or incident gone is reported by its id), and a content folder that
// was not there at the base at all. A finding, not a line
// on stderr, so that every output format carries it (the JSON for tools, the annotations and the
// job summary a reviewer reads) and `--changed` keeps it with its file. A warning: nothing is known
// to be wrong, only that the rules that judge a change could not look, so the reviewer must.
import type { Account, Content, Plan } from '../content.ts';
import type { Finding } from '../findings.ts';
import type { RuleLevel } from '../schema/settings.ts';
import { baseProblemAbout, baseProblemOf, touchpointsUnread, unreadIncidents, unreadItems, type Comparison } from './base-rule.ts';
import { chaserClause, itemPeople } from './item-report.ts';
import { BASE_RULES } from './index.ts';
import { correctedIds, correctedIncidentIds, correctedTo } from './corrected-ids.ts';

const PLAN_RULES = ['silent-slip', 'vanished-commitment', 'history-rewritten', 'unagreed-addition'] as const;
const ACCOUNT_RULES = ['history-rewritten', 'backdated-touchpoint'] as const;
/** What an item's own fields are judged by; it existed, so vanished-commitment and unagreed-addition know enough. */
const ITEM_RULES = ['silent-slip', 'history-rewritten'] as const;
/** Every rule that judges a change, in the order they run. */
const ALL_RULES = BASE_RULES.map((rule) => rule.id);

const ACCOUNT_FILE = /^accounts\/[^/]+\/index\.mdx$/;
const ACCOUNT_OR_PLAN = /^accounts\/[^/]+\/[^/]+\.mdx$/;

/**
 * One warning per base file of an account or a plan that did not load, at the file now (line 1),
 * else where it was; one for a content folder missing at the base. Each is reported under the
 * first of the rules it kept from judging that is on (a playbook that turned them all off asked
 * for no comparison of that file), and names them all.
 */
export function notCompared(
  content: Content,
  comparison: Comparison,
  levelOf: (rule: string) => RuleLevel,
  pairs: { plans: readonly { then: Plan; now: Plan | undefined }[]; accounts: readonly { then: Account; now: Account | undefined }[] } = { plans: [], accounts: [] },
): Finding[] {
  const { base, ref } = comparison;
  const findings: Finding[] = [];
  const under = (rules: readonly string[]) => rules.find((rule) => levelOf(rule) !== 'off');
  if (comparison.folderMissing) {
    const rule = under(ALL_RULES);
    const file = content.settings.file ?? content.files.values().next().value;
    if (rule && file) {
      findings.push(
        warning(rule, file.path, { line: 1, column: 1 }, file.path, {}, `The content folder ${comparison.folder ?? content.dir} did not exist at ${ref}, and git saw nothing moved into it: there is nothing to compare this change with, so ${listed(ALL_RULES)} did not run. If the playbook was in another folder at ${ref}, move it with \`git mv\` so that git sees the move`),
      );
    }
    return findings;
  }
  const loaded = new Set<string>([...base.plans, ...base.accounts].map((entry) => entry.file.contentPath));
  // The same files as base-rule.ts's notLoadedAtBase, by their paths at the base.
  const paths = [...base.files.keys(), ...(base.unreadable ?? [])].filter((path) => ACCOUNT_OR_PLAN.test(path) && !loaded.has(path) && base.emptied?.has(path) !== true);
  for (const path of [...new Set(paths)].sort()) {
    const isAccount = ACCOUNT_FILE.test(path);
    const rules = isAccount ? ACCOUNT_RULES : PLAN_RULES;
    const rule = under(rules);
    if (rule === undefined) continue;
    const nowPath = comparison.renames.get(path) ?? path;
    const now = content.files.get(nowPath);
    const thenFile = base.files.get(path);
    // Where the base's own schema finding about it points (an unreadable file has no SourceFile).
    const problem = base.problems.find((p) => p.rule === 'schema' && (thenFile ? p.file === thenFile.path : p.file.endsWith(`/${path}`) || p.file === path));
    const there = now !== undefined || content.unreadable?.has(nowPath) === true;
    const file = (there ? (now?.path ?? displayNow(content, nowPath)) : (thenFile?.path ?? problem?.file)) ?? path;
    const [, account, name] = nowPath.split('/');
    const why = base.unreadable?.has(path) ? notRead(problem) : `its file there did not load${problem ? ` (line ${problem.line}: ${problem.message})` : ''}`;
    const what = isAccount ? 'account' : 'plan';
    const subject = isAccount ? account! : `${account}/${name!.replace(/\.mdx$/, '')}`;
    findings.push(warning(rule, file, { line: 1, column: 1 }, subject, {}, `This ${what} could not be compared with ${ref}: ${why}, so ${listed(rules)} could not judge what this change did to it. Review its diff by hand`));
  }
  findings.push(...itemsNotCompared(content, comparison, under, pairs.plans), ...agreementsNotCompared(comparison, under, pairs.plans), ...logsNotCompared(comparison, under, pairs.accounts));
  return findings;
}

/**
 * One warning per commitment or milestone that did not pass its schema at the base and is still
 * in its plan: its due date and logs there are not known, so what this change did to them cannot
 * be judged. At the item now, or at its list when it does not pass its schema now either.
 */
function itemsNotCompared(content: Content, comparison: Comparison, under: (rules: readonly string[]) => string | undefined, plans: readonly { then: Plan; now: Plan | undefined }[]): Finding[] {
  const rule = under(ITEM_RULES);
  if (rule === undefined) return [];
  const findings: Finding[] = [];
  for (const { then, now } of plans) {
    if (!now) continue;
    // Still there under the id it had, or under the one that corrected its invalid id.
    const idNow = new Map(correctedIds(then, now).map((entry) => [entry.from, entry.to]));
    for (const { list, id: idThen } of unreadItems(then)) {
      const id = idNow.get(idThen) ?? idThen;
      if (!(list === 'commitments' ? now.commitmentIds : now.milestoneIds).has(id)) continue;
      const item = (now[list] as Plan[typeof list][number][]).find((entry) => entry.id === id);
      const place = item ? now.file.place([list, item.index]) : now.file.place([list], 'key');
      const problem = baseProblemOf(comparison.base, then, idThen);
      const people = item ? itemPeople(content, now, list, item) : {};
      const where = id === idThen ? '' : `, where its id was \`${idThen}\``;
      findings.push(
        warning(rule, now.file.path, place, `${now.id}#${id}`, people, `This ${list === 'commitments' ? 'commitment' : 'milestone'} could not be compared with ${comparison.ref}${where}: it did not pass its schema there${problem ? ` (line ${problem.line}: ${problem.message})` : ''}, so ${listed(ITEM_RULES)} could not judge what this change did to its due date, slips, drop or addition. Review its diff by hand${chaserClause(content, people)}`),
      );
    }
  }
  return findings;
}

/**
 * A plan whose letter of agreement did not pass its schema at the base: whether it was signed there
 * is not known, so the items this change adds to it without `added:` cannot be judged by
 * unagreed-addition (it would fire only on a plan signed at the base). One warning at the plan's
 * `agreement:`, naming them; none when the change adds nothing that it would judge.
 */
function agreementsNotCompared(comparison: Comparison, under: (rules: readonly string[]) => string | undefined, plans: readonly { then: Plan; now: Plan | undefined }[]): Finding[] {
  const rule = under(['unagreed-addition']);
  if (rule === undefined) return [];
  const findings: Finding[] = [];
  for (const { then, now } of plans) {
    if (!now || !then.invalidFields.has('agreement')) continue;
    const corrected = correctedTo(then, now);
    const added = [
      ...now.milestones.filter((m) => !then.milestoneIds.has(m.id) && !corrected.has(m.id) && m.added === undefined),
      ...now.commitments.filter((c) => !then.commitmentIds.has(c.id) && !corrected.has(c.id) && c.added === undefined && c.internal !== true),
    ].map((item) => item.id);
    if (added.length === 0) continue;
    const problem = agreementProblem(comparison.base, then);
    findings.push(
      warning(rule, now.file.path, keyPlace(now, 'agreement'), now.id, ownerOf(now), `This plan's letter of agreement could not be read at ${comparison.ref}: it did not pass its schema there${problem ? ` (line ${problem.line}: ${problem.message})` : ''}, so \`unagreed-addition\` could not tell whether ${listed(added)}, new in this change without \`added:\`, ${added.length === 1 ? 'was' : 'were'} added under the client's signature. Review ${added.length === 1 ? 'it' : 'them'} by hand: if the plan was signed at ${comparison.ref}, add \`added:\` with the date, who on the client's side agreed (\`told\`) and why (\`reason\`)`),
    );
  }
  return findings;
}

/** The base's first `schema` finding inside a plan's `agreement:` block (its messages speak of signatures, not of the field). */
function agreementProblem(base: Content, plan: Plan) {
  const { file } = plan;
  if (file.yaml === undefined || !/^agreement:/m.test(file.yaml)) return undefined;
  const start = file.place(['agreement'], 'key').line;
  const lines = file.text.split('\n').length;
  let end = start + 1;
  // The block ends at the next line that starts a top-level key (or the closing `---`).
  while (end <= lines && !/^[^\s#]/.test(file.lineText(end))) end++;
  return base.problems.find((problem) => problem.rule === 'schema' && problem.file === file.path && problem.subject === plan.id && problem.line >= start && problem.line < end);
}

/**
 * For an account still there: a warning at its `touchpoints:` when some of them did not pass their
 * schema at the base (which of those now are new, changed or the same is not known), and one at
 * each incident that did not pass its schema there and is still written now.
 */
function logsNotCompared(comparison: Comparison, under: (rules: readonly string[]) => string | undefined, accounts: readonly { then: Account; now: Account | undefined }[]): Finding[] {
  const findings: Finding[] = [];
  const { ref } = comparison;
  for (const { then, now } of accounts) {
    if (!now) continue;
    const at = (place: Place, rule: string, subject: string, message: string) => warning(rule, now.file.path, place, subject, ownerOf(now), message);
    const touchpointRule = under(ACCOUNT_RULES);
    if (touchpointRule !== undefined && touchpointsUnread(then)) {
      const problem = baseProblemAbout(comparison.base, then.file, then.id, (message) => message.startsWith('touchpoint'));
      findings.push(
        at(
          keyPlace(now, 'touchpoints'),
          touchpointRule,
          now.id,
          `The touchpoints of this account could not all be compared with ${ref}: some did not pass their schema there${problem ? ` (line ${problem.line}: ${problem.message})` : ''}, so \`history-rewritten\` could not judge what this change did to those, and \`backdated-touchpoint\` cannot tell a new touchpoint from one of them corrected, so it takes none for new. Review the diff of its touchpoints by hand`,
        ),
      );
    }
    const incidentRule = under(['history-rewritten']);
    if (incidentRule === undefined) continue;
    // Still there under the id it had, or under the one that corrected its invalid id.
    const idNow = correctedIncidentIds(then, now);
    for (const idThen of unreadIncidents(then)) {
      const id = idNow.get(idThen) ?? idThen;
      const written = now.writtenIncidents.find((incident) => incident.id === id);
      if (written === undefined) continue; // gone: history-rewritten reports it
      const problem = baseProblemAbout(comparison.base, then.file, `${then.id}#${idThen}`);
      findings.push(
        at(
          now.file.place(['incidents', written.index]),
          incidentRule,
          `${now.id}#${id}`,
          `This incident could not be compared with ${ref}${id === idThen ? '' : `, where its id was \`${idThen}\``}: it did not pass its schema there${problem ? ` (line ${problem.line}: ${problem.message})` : ''}, so \`history-rewritten\` could not judge whether this change rewrote its \`date\`, \`what\` or \`cause\`. Review its diff by hand`,
        ),
      );
    }
  }
  return findings;
}

/** The path findings show for a content path now, from any file loaded now (they share a folder). */
function displayNow(content: Content, contentPath: string): string | undefined {
  for (const file of content.files.values()) {
    if (file.path.endsWith(file.contentPath)) return file.path.slice(0, file.path.length - file.contentPath.length) + contentPath;
  }
  return undefined;
}

interface Place {
  line: number;
  column: number;
}

/** What this module reports: a warning, since nothing is known to be wrong, only not compared. */
function warning(rule: string, file: string, place: Place, subject: string, people: { owner?: string; chaser?: string }, message: string): Finding {
  return { rule, severity: 'warning', file, line: place.line, column: place.column, subject, ...people, message };
}

/** A top-level key of an account's or plan's frontmatter, where it is written; else the file's start. */
function keyPlace(document: Account | Plan, key: string): Place {
  const { file } = document;
  return file.yaml !== undefined && new RegExp(`^${key}:`, 'm').test(file.yaml) ? file.place([key], 'key') : { line: 1, column: 1 };
}

/** Its owner, unless the owner field did not pass its schema. */
function ownerOf(document: Account | Plan): { owner?: string } {
  return document.invalidFields.has('owner') ? {} : { owner: document.data.owner };
}

function listed(rules: readonly string[]): string {
  const names = rules.map((rule) => `\`${rule}\``);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Why a file at the base was not read at all: not UTF-8, or refused before its text was judged
 * (above 8 MB, lines that end with a CR alone), in the words of its finding there, without the fix.
 */
function notRead(problem: { line: number; message: string } | undefined): string {
  if (problem === undefined || /UTF-(8|16)/.test(problem.message)) return 'its file there could not be read as UTF-8 text';
  return `its file there was not read (line ${problem.line}: ${problem.message.replace(/(?:, so nothing in it was checked|: (?:save|remove) ).*$/s, '')})`;
}
