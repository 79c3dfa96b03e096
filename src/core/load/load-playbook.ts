// Reads a whole content folder: settings, people, accounts with their plans, and guides. Every
// problem is collected as a `schema` finding with its place; nothing stops at the first one.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Account, Content, Guide, PersonEntry, Plan, RepeatedItem, Signer } from '../content.ts';
import type { Finding } from '../findings.ts';
import { refusedLevel, RULE_IDS } from '../rules/catalog.ts';
import { ACCOUNT_DOCUMENT, defaultSettings, GUIDE_DOCUMENT, PERSON_DOCUMENT, PLAN_DOCUMENT, SETTINGS_DOCUMENT, type DocumentSchema } from '../schema/documents.ts';
import type { AccountData, GuideData, PlanData, Settings, Signature } from '../schema/index.ts';
import { issuePath, parseDocument } from '../schema/parse.ts';
import { CONTENT_FORMAT, ID_PATTERN, suggestedId } from '../schema/values.ts';
import type { Person } from '../schema/people.ts';
import { ContactNames } from '../model/contact-names.ts';
import { didYouMean } from '../suggest.ts';
import type { ZodIssue, ZodTypeAny } from '../zod.ts';
import { misplacedChasers } from './chaser-field.ts';
import { commentsInValues } from './comment-in-value.ts';
import { decodeUtf8 } from './decode.ts';
import { doneAndDropped } from './done-and-dropped.ts';
import { mdxBodyProblems } from './mdx-body.ts';
import { describeCode, diskSource, pathUnder, TooLargeError, UnreadableError, type FileSource } from './file-source.ts';
import { readLayout, type Layout } from './layout.ts';
import { loneCarriageReturn } from './line-ends.ts';
import { keysNotText } from './number-keys.ts';
import { mayHaveProtoKey, takeProtoKeys } from './proto-keys.ts';
import { overlaySource } from './overlay-source.ts';
import { scopedSource, type EditScope } from './scoped-source.ts';
import { parseYaml } from './parse-yaml.ts';
import { finding, MERGE_KEY, MERGE_MESSAGE, schemaFindings, type DocumentKind } from './schema-problems.ts';
import { SourceFile } from './source-file.ts';
import { validateDocument, withIndex, type Fallbacks } from './validate.ts';

/**
 * Stand-ins for required fields whose value cannot be read (see validate.ts): the document's
 * other problems are still found, and no rule judges the stand-in (it is in `invalidFields`).
 */
const UNREADABLE_ID = 'unreadable';
// The last day a date may name (see dates.ts): a stand-in must itself be valid.
const NEVER = '2999-12-31';
import type { YamlPath } from './yaml-places.ts';
import { resolveSettings } from './settings.ts';

/** The content folder is missing or is not a folder: a usage error, not a finding. */
import { ContentFolderError } from '../errors.ts';

export { ContentFolderError };

export interface LoadOptions {
  /** Paths in findings are relative to this folder. Default: the working directory. */
  cwd?: string;
  /**
   * Content path (`accounts/northwind/index.mdx`) -> text read instead of the file on disk, new
   * files included: an edit is judged by the same loader and rules before it is written.
   */
  overlay?: ReadonlyMap<string, string>;
  /**
   * Where the files are read from instead of the disk under `contentDir` (which then only names
   * the folder in paths): the content at a git commit, say. A source without the folder is an
   * empty playbook, not an error.
   */
  source?: FileSource;
  /** Read only what one edit can affect (see scoped-source.ts). */
  scope?: EditScope;
}

export function loadPlaybook(contentDir: string, options: LoadOptions = {}): Content {
  const cwd = options.cwd ?? process.cwd();
  if (!options.source && !isDirectory(contentDir)) {
    throw new ContentFolderError(
      `The content folder ${contentDir} does not exist or is not a folder. Pass --content DIR or set PLAYBOOK_CONTENT_DIR to the folder that holds playbook.yaml.`,
    );
  }
  if (!options.source) {
    // A folder that is there but cannot be listed is a usage error too (exit 2), not an empty playbook.
    try {
      readdirSync(contentDir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      throw new ContentFolderError(`The content folder ${contentDir} cannot be read (${describeCode(code)}).`);
    }
  }
  const disk = options.source ?? diskSource(contentDir);
  const scoped = options.scope ? scopedSource(disk, options.scope) : disk;
  const loader = new Loader(contentDir, cwd, options.overlay ? overlaySource(scoped, options.overlay) : scoped);
  return loader.load();
}

interface PeopleRead {
  people: Map<string, PersonEntry>;
  personIds: Set<string>;
  unreadable: boolean;
}

/** The last people.yaml read (see `Loader.peopleOf`). */
let lastPeople: { path: string; text: string; read: PeopleRead; problems: Finding[] } | undefined;

class Loader {
  private readonly problems: Finding[] = [];
  private readonly files = new Map<string, SourceFile>();
  /** playbook.yaml says it is written for a newer content format than this version reads. */
  private formatTooNew = false;
  /** playbook.yaml's `handoff_checklist` has a problem: the checklist is unknown. */
  private checklistBroken = false;
  /** Content paths of files that are there but could not be read or decoded. */
  private readonly unreadable = new Set<string>();
  /** Content paths of files whose YAML holds no field at all. */
  private readonly emptied = new Set<string>();

  private readonly dir: string;
  private readonly cwd: string;
  private readonly source: FileSource;
  /** The content folder relative to the working directory, with forward slashes. */
  private folderPath: string | undefined;

  constructor(dir: string, cwd: string, source: FileSource) {
    this.dir = dir;
    this.cwd = cwd;
    this.source = source;
  }

  load(): Content {
    const layout = readLayout(this.source);
    this.source.readAhead?.(contentPaths(layout));
    for (const { path, message } of layout.problems) this.problems.push(problemAt(this.displayPath(path), 1, 1, this.displayPath(path), message));
    const settingsFile = layout.settings ? this.readFile('playbook.yaml', 'yaml') : undefined;
    // playbook.yaml there but unreadable (or not UTF-8) is as unknown as one that does not parse.
    const settingsData = settingsFile ? this.parseSettings(settingsFile) : layout.settings ? undefined : defaultSettings();
    const settings = resolveSettings(settingsData ?? defaultSettings(), settingsFile);
    // Its checklist is unknown, so handoff items are not judged against the default (empty) one:
    // one finding for a broken checklist, not one more per handoff item of every plan.
    if (settingsData === undefined || this.checklistBroken) settings.checklistUnknown = true;
    // A playbook written for a newer content format is not read at all: misread, it would give
    // false findings. Its `format` finding says to upgrade.
    if (this.formatTooNew) {
      return { dir: this.dir, settings, people: new Map(), personIds: new Set(), peopleFile: undefined, accounts: [], plans: [], guides: [], files: this.files, problems: this.problems, peopleUnreadable: true };
    }

    const peopleFile = layout.people ? this.readFile('people.yaml', 'yaml') : undefined;
    // people.yaml there but unreadable (or not UTF-8): who is a person is unknown, so no
    // reference to a person is judged (its own finding says what to fix).
    const { people, personIds, unreadable } = peopleFile ? this.peopleOf(peopleFile) : { people: new Map(), personIds: new Set<string>(), unreadable: layout.people };

    const accounts: Account[] = [];
    const plans: Plan[] = [];
    for (const folder of layout.accounts) {
      const { account, accountPlans } = this.loadAccount(folder.id, folder.index, folder.plans);
      if (account) accounts.push(account);
      plans.push(...accountPlans);
    }

    const guides: Guide[] = [];
    for (const slug of layout.guides) {
      const guide = this.loadGuide(slug);
      if (guide) guides.push(guide);
    }

    const content: Content = {
      dir: this.dir,
      settings,
      people,
      personIds,
      peopleFile,
      accounts,
      plans,
      guides,
      files: this.files,
      problems: this.problems,
      unreadable: this.unreadable,
      emptied: this.emptied,
    };
    if (unreadable) content.peopleUnreadable = true;
    this.problems.push(...misplacedChasers(content), ...doneAndDropped(content));
    return content;
  }

  /**
   * people.yaml read, or what the last read of the same text at the same place gave: an edit
   * reads the playbook twice, before and after its change, and people.yaml (a team of 200 takes
   * some 5 ms to validate) is the same both times. The result is never changed once made.
   */
  private peopleOf(file: SourceFile): PeopleRead {
    if (lastPeople?.path === file.path && lastPeople.text === file.text) {
      this.problems.push(...lastPeople.problems);
      return lastPeople.read;
    }
    const before = this.problems.length;
    const read = this.loadPeople(file);
    lastPeople = { path: file.path, text: file.text, read, problems: this.problems.slice(before) };
    return read;
  }

  private loadPeople(file: SourceFile): PeopleRead {
    const people = new Map<string, PersonEntry>();
    const personIds = new Set<string>();
    const parsed = this.parseYamlOf(file);
    if (parsed === undefined) return { people, personIds, unreadable: true };
    if (parsed === null) {
      // Nobody: one finding here, rather than one per person named anywhere else.
      this.problems.push(finding(file, [], 'value', file.path, 'people.yaml is empty: list our people, each as their person id followed by an indented `name:`, such as `jane-doe:` then `  name: Jane Doe`'));
      return { people, personIds, unreadable: true };
    }
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      this.problems.push(finding(file, [], 'value', file.path, 'people.yaml: expected our people keyed by person id, such as `jane-doe:` followed by an indented `name: Jane Doe`'));
      return { people, personIds, unreadable: true };
    }
    const keyed = keysNotText(file, [], parsed as Record<string, unknown>, 'people.yaml', (id) => `people/${id}`);
    this.problems.push(...keyed.findings);
    for (const [id, data] of Object.entries(keyed.map)) {
      if (id === MERGE_KEY) {
        this.problems.push(finding(file, [id], 'key', 'people.yaml', `people.yaml: ${MERGE_MESSAGE}`));
        continue;
      }
      personIds.add(id);
      if (!ID_PATTERN.test(id)) {
        this.problems.push(finding(file, [id], 'key', `people/${id}`, `person \`${id}\`: the id is not lowercase kebab-case; rename it to something like \`${suggestedId(id)}\``));
        // The id the finding asks for is the one the rest of the playbook most likely uses: known
        // too, so that the one mistake is one finding, not one more per reference to them.
        personIds.add(suggestedId(id));
      }
      const result = parseDocument(PERSON_DOCUMENT, data);
      if (result.success) people.set(id, { ...(result.data as Person), id });
      else this.problems.push(...schemaFindings(file, 'person', PERSON_DOCUMENT.zod(), data, result.issues, () => `people/${id}`, [id]));
    }
    return { people, personIds, unreadable: false };
  }

  private loadAccount(folder: string, hasIndex: boolean, slugs: readonly string[]): { account: Account | undefined; accountPlans: Plan[] } {
    const folderPath = `accounts/${folder}`;
    const index = hasIndex ? this.readFile(`${folderPath}/index.mdx`, 'mdx') : undefined;
    let account: Account | undefined;
    if (index) {
      this.checkId(index, folder, 'account folder');
      const fallbacks = { name: folder, owner: UNREADABLE_ID, stage: 'paused', since: NEVER };
      let raw: unknown;
      const subjectOf = (path: YamlPath): string => {
        const [list, index] = path;
        const incidentId = list === 'incidents' && typeof index === 'number' ? (raw as { incidents?: { id?: unknown }[] } | undefined)?.incidents?.[index]?.id : undefined;
        return typeof incidentId === 'string' ? `${folder}#${incidentId}` : folder;
      };
      // What was written, valid or not, read before validation turns the document into its valid form.
      let written: Pick<Account, 'writtenIncidents' | 'writtenContacts' | 'contactNames'> | undefined;
      const onRaw = (data: unknown) => {
        raw = data;
        written = {
          writtenIncidents: idsWritten(data, 'incidents'),
          writtenContacts: idsWritten(data, 'contacts', 'name'),
          contactNames: listWritten(data, 'contacts') ? new ContactNames(namesWritten(data, 'contacts', 'name')) : undefined,
        };
      };
      const validated = this.validate<AccountData>(index, 'account', ACCOUNT_DOCUMENT, ['contacts', 'touchpoints', 'incidents'], subjectOf, onRaw, fallbacks);
      if (validated && written) {
        const { value, kept, invalidFields } = validated;
        const { touchpoints, contacts, incidents, ...data } = value;
        account = {
          id: folder,
          file: index,
          data,
          contacts: withIndex(contacts, kept.contacts),
          touchpoints: withIndex(touchpoints, kept.touchpoints),
          incidents: withIndex(incidents, kept.incidents),
          plans: [],
          ...written,
          invalidFields,
        };
      }
    }
    const accountPlans: Plan[] = [];
    for (const slug of slugs) {
      const plan = this.loadPlan(folder, slug, account);
      if (plan) accountPlans.push(plan);
    }
    if (!hasIndex && slugs.length > 0) {
      const first = this.displayPath(`${folderPath}/${slugs[0]}.mdx`);
      this.problems.push(problemAt(first, 1, 1, folder, `account ${folder} has no account plan: add ${this.displayPath(`${folderPath}/index.mdx`)} with the account's name, owner, stage and since`));
    }
    if (account) account.plans = accountPlans;
    return { account, accountPlans };
  }

  private loadPlan(accountId: string, slug: string, account: Account | undefined): Plan | undefined {
    const id = `${accountId}/${slug}`;
    const file = this.readFile(`accounts/${id}.mdx`, 'mdx');
    if (!file) return undefined;
    this.checkId(file, slug, 'plan file');
    const subjectOf = (path: YamlPath): string => {
      const [list, index] = path;
      if ((list === 'commitments' || list === 'milestones') && typeof index === 'number') {
        const itemId = (raw as Record<string, { id?: unknown }[]> | undefined)?.[list]?.[index]?.id;
        if (typeof itemId === 'string') return `${id}#${itemId}`;
      }
      return id;
    };
    let raw: unknown;
    // What was written, valid or not, read before validation turns the document into its valid form.
    let written: Pick<Plan, 'commitmentIds' | 'milestoneIds' | 'repeatedItems'> | undefined;
    const fallbacks = { title: id, owner: UNREADABLE_ID, status: 'draft', kickoff: NEVER };
    const validated = this.validate<PlanData>(
      file,
      'plan',
      PLAN_DOCUMENT,
      ['milestones', 'commitments'],
      subjectOf,
      (data) => {
        raw = data;
        this.textKeys(file, data, 'handoff', 'the handoff checklist', () => id);
        const commitmentIds = namesWritten(data, 'commitments', 'id');
        const milestoneIds = namesWritten(data, 'milestones', 'id');
        written = { commitmentIds, milestoneIds, repeatedItems: mayRepeatIds(data, commitmentIds, milestoneIds) ? repeatedItems(data) : [] };
      },
      fallbacks,
    );
    if (!validated || !written) return undefined;
    const { value, kept } = validated;
    const { milestones, commitments, agreement, ...data } = value;
    return {
      id,
      accountId,
      slug,
      file,
      data,
      signatures: [...signersOf(agreement?.customer, 'customer'), ...signersOf(agreement?.us, 'us')],
      hasAgreement: agreement !== undefined,
      milestones: withIndex(milestones, kept.milestones),
      commitments: withIndex(commitments, kept.commitments),
      account,
      ...written,
      invalidFields: validated.invalidFields,
    };
  }

  private loadGuide(slug: string): Guide | undefined {
    const file = this.readFile(`guides/${slug}.mdx`, 'mdx');
    if (!file) return undefined;
    this.checkId(file, slug, 'guide file');
    const id = `guides/${slug}`;
    const validated = this.validate<GuideData>(file, 'guide', GUIDE_DOCUMENT, [], () => id, undefined, { title: slug });
    return validated ? { id, slug, file, data: validated.value, invalidFields: validated.invalidFields } : undefined;
  }

  /** Parses and validates one document, reporting its problems; `undefined` when nothing can be kept. */
  private validate<T>(
    file: SourceFile,
    kind: DocumentKind,
    document: DocumentSchema,
    lists: readonly string[],
    subjectOf: (path: YamlPath) => string,
    onRaw?: (data: unknown) => void,
    fallbacks?: Fallbacks,
  ): { value: T; kept: Partial<Record<string, number[]>>; invalidFields: ReadonlySet<string> } | undefined {
    const data = this.parseYamlOf(file);
    onRaw?.(data);
    if (data === undefined) return undefined;
    if (data === null) {
      // `---` then `---`: nothing is left of the document. Said as such, and remembered, so
      // that `check --base` counts an emptied plan as a plan that is gone.
      this.emptied.add(file.contentPath);
      this.problems.push(finding(file, [], 'value', subjectOf([]), `${kind}: the frontmatter is empty; write the ${kind}'s fields between the two \`---\` lines (${REQUIRED[kind]} are required)`));
      return undefined;
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      this.problems.push(finding(file, [], 'value', subjectOf([]), `${kind}: the frontmatter must be \`field: value\` lines; see the example in the playbook format`));
      return undefined;
    }
    const result = validateDocument<T>(document, data, lists, fallbacks);
    if (result.issues.length > 0) this.problems.push(...schemaFindings(file, kind, document.zod(), data, result.issues, subjectOf));
    return result.value === undefined ? undefined : { value: result.value, kept: result.kept, invalidFields: result.invalidFields };
  }

  /**
   * playbook.yaml, validated field by field: every problem is reported, and a field that has one
   * takes its default, so that one typo neither hides the others nor changes how the rest of the
   * playbook is judged. `undefined` when the YAML cannot be read as settings at all.
   */
  private parseSettings(file: SourceFile): Settings | undefined {
    const data = this.parseYamlOf(file);
    if (data === undefined) return undefined;
    const raw = data ?? {};
    this.textKeys(file, raw, 'handoff_checklist', 'handoff_checklist', () => 'playbook.yaml');
    const format = (raw as { format?: unknown }).format;
    // A format this version does not know is a newer one; `2.5` is no format at all, only a mistake.
    this.formatTooNew = typeof format === 'number' && Number.isInteger(format) && format > CONTENT_FORMAT;
    const result = parseDocument(SETTINGS_DOCUMENT, raw);
    if (!result.success) {
      this.problems.push(...schemaFindings(file, 'settings', SETTINGS_DOCUMENT.zod(), data, result.issues, () => 'playbook.yaml'));
      this.checklistBroken = result.issues.some((issue) => issuePath(issue)[0] === 'handoff_checklist');
    }
    const rules = (raw as { rules?: unknown }).rules;
    if (rules !== null && typeof rules === 'object' && !Array.isArray(rules)) this.checkRuleIds(file, rules as Record<string, unknown>);
    return result.success ? (result.data as Settings) : salvageSettings(raw, result.issues);
  }

  /** The YAML's values (`null` for an empty document), or `undefined` after reporting why there are none. */
  private parseYamlOf(file: SourceFile): unknown {
    if (file.yaml === undefined) {
      const unclosed = file.text.replace(/^\uFEFF/, '').startsWith('---');
      const message = unclosed
        ? 'the frontmatter is never closed: add a line `---` after the YAML fields, before the body'
        : 'the file has no frontmatter: start it with a line `---`, then the YAML fields, then a line `---`';
      this.problems.push(problemAt(file.path, 1, 1, file.path, message));
      return undefined;
    }
    const parsed = parseYaml(file.yaml);
    if (parsed.ok) {
      for (const path of mayHaveProtoKey(file.yaml) ? takeProtoKeys(parsed.data) : []) {
        this.problems.push(finding(file, path, 'key', file.path, '`__proto__` is not a field, nor an id, that the playbook takes: remove it'));
      }
      // An empty document (no field, only comments) is `null`, as `key:` with no value is.
      return parsed.data ?? null;
    }
    for (const error of parsed.errors) {
      const { line, column } = file.yamlPosition(error.line, error.column);
      this.problems.push(problemAt(file.path, line, column, file.path, error.message));
    }
    return undefined;
  }

  /** The map under `field` of `data`, with its keys written as numbers reported and kept as written (number-keys.ts). */
  private textKeys(file: SourceFile, data: unknown, field: string, label: string, subjectOf: (id: string) => string): void {
    const map = (data as Record<string, unknown> | null | undefined)?.[field];
    if (map === null || typeof map !== 'object' || Array.isArray(map)) return;
    const keyed = keysNotText(file, [field], map as Record<string, unknown>, label, subjectOf);
    this.problems.push(...keyed.findings);
    (data as Record<string, unknown>)[field] = keyed.map;
  }

  private checkRuleIds(file: SourceFile, rules: Record<string, unknown>): void {
    for (const [id, level] of Object.entries(rules)) {
      if (id === MERGE_KEY) {
        this.problems.push(finding(file, ['rules', id], 'key', 'playbook.yaml', `rules: ${MERGE_MESSAGE}`));
      } else if (!RULE_IDS.includes(id)) {
        this.problems.push(finding(file, ['rules', id], 'key', 'playbook.yaml', `rules: unknown rule \`${id}\`${didYouMean(id, RULE_IDS)}; the rules are ${RULE_IDS.join(', ')}`));
      } else {
        const refused = refusedLevel(id, level);
        if (refused !== undefined) this.problems.push(finding(file, ['rules', id], 'value', 'playbook.yaml', `rules: ${refused}`));
      }
    }
  }

  private checkId(file: SourceFile, id: string, what: string): void {
    if (ID_PATTERN.test(id)) return;
    this.problems.push(problemAt(file.path, 1, 1, file.path, `the ${what} name \`${id}\` is not an id: rename it in lowercase kebab-case, such as \`${suggestedId(id)}\``));
  }

  /**
   * A file's text, or `undefined` after reporting why it cannot be had: it cannot be read, or it
   * is not UTF-8 (decoding it anyway would turn what it says into U+FFFD).
   */
  private readFile(contentPath: string, kind: 'yaml' | 'mdx'): SourceFile | undefined {
    const path = this.displayPath(contentPath);
    let bytes: Uint8Array | string | undefined;
    try {
      bytes = this.source.read(contentPath);
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error;
      this.unreadable.add(contentPath);
      // A file too large says itself what was not checked, and what to do.
      this.problems.push(problemAt(path, 1, 1, path, error instanceof TooLargeError ? `this file ${error.message}` : `this file ${error.message}, so nothing in it was checked`));
      return undefined;
    }
    if (bytes === undefined) return undefined;
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      this.unreadable.add(contentPath);
      this.problems.push(problemAt(path, decoded.line, decoded.column, path, `${decoded.message}; nothing in it was checked, and editing commands leave it alone`));
      return undefined;
    }
    const text = decoded.text;
    const lone = loneCarriageReturn(text, kind);
    if (lone) {
      this.unreadable.add(contentPath);
      this.problems.push(problemAt(path, lone.line, lone.column, path, `${lone.message}; nothing in it was checked, and editing commands leave it alone`));
      return undefined;
    }
    const file = kind === 'yaml' ? SourceFile.yamlFile(path, contentPath, text) : SourceFile.mdxFile(path, contentPath, text);
    for (const comment of file.yaml === undefined ? [] : commentsInValues(file.yaml)) {
      const field = comment.key === undefined ? 'this value' : `\`${comment.key}\``;
      this.problems.push(problemAt(path, comment.line + file.yamlLine - 1, comment.column, path, `${field}: YAML reads \`${comment.dropped}\` as a comment and drops it from the value; put the whole value in quotes to keep it, or write a comment with a space after the \`#\``));
    }
    if (file.fenceProblem) this.problems.push(problemAt(path, file.fenceProblem.line, 1, path, file.fenceProblem.message));
    else if (kind === 'mdx' && file.yaml !== undefined) {
      for (const problem of mdxBodyProblems(file.body, pathUnder(this.dir, contentPath))) {
        this.problems.push(problemAt(path, problem.line + file.bodyLine - 1, problem.column, path, problem.message));
      }
    }
    this.files.set(contentPath, file);
    return file;
  }

  private displayPath(contentPath: string): string {
    // Joined by hand when that gives what `relative` would: the content folder at or under the
    // working directory, and a plain content path (no `.`, `..` or empty segment). `relative`
    // on each of 4,102 files was 23 ms of a check at 1,000 accounts.
    this.folderPath ??= relative(this.cwd, this.dir).split(sep).join('/');
    const folder = this.folderPath;
    if (!folder.startsWith('..') && !isAbsolute(folder) && isPlainPath(contentPath)) return folder === '' ? contentPath : `${folder}/${contentPath}`;
    return relative(this.cwd, join(this.dir, contentPath)).split(sep).join('/');
  }
}

/** A relative path of names only: no `.` or `..` segment, no empty one, no backslash. */
function isPlainPath(path: string): boolean {
  return path !== '' && !path.includes('\\') && !path.startsWith('/') && !path.endsWith('/') && !path.includes('//') && !/(?:^|\/)\.\.?(?:\/|$)/.test(path);
}

/** The settings without the values that have problems, each field then taking its default. */
function salvageSettings(data: unknown, issues: readonly ZodIssue[]): Settings | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const issue of issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issuePath(issue), key]) : [issuePath(issue)];
    for (const path of paths) {
      let holder: unknown = copy;
      for (const segment of path.slice(0, -1)) holder = (holder as Record<string | number, unknown> | null)?.[segment];
      if (holder !== null && typeof holder === 'object' && path.length > 0) delete (holder as Record<string | number, unknown>)[path[path.length - 1]!];
    }
  }
  const settingsSchema = SETTINGS_DOCUMENT.zod();
  const second = settingsSchema.safeParse(copy);
  if (second.success) return second.data as Settings;
  for (const issue of second.error.issues) delete copy[String(issue.path[0])];
  const third = settingsSchema.safeParse(copy);
  return third.success ? (third.data as Settings) : defaultSettings();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * False when no two items of the plan are written with the same id: each list's ids are as many
 * as the ids in it, and none is in both. (The sets hold ids trimmed, so ids that differ once
 * trimmed differ as written too.) Spares nearly every plan the walk of `repeatedItems`.
 */
function mayRepeatIds(data: unknown, commitmentIds: ReadonlySet<string>, milestoneIds: ReadonlySet<string>): boolean {
  if (idCount(data, 'commitments') !== commitmentIds.size || idCount(data, 'milestones') !== milestoneIds.size) return true;
  if (milestoneIds.size === 0) return false;
  for (const id of milestoneIds) if (commitmentIds.has(id)) return true;
  return false;
}

function idCount(data: unknown, list: string): number {
  const entries = (data as Record<string, unknown> | null | undefined)?.[list];
  let count = 0;
  if (Array.isArray(entries)) for (let i = 0; i < entries.length; i++) if (['string', 'number'].includes(typeof (entries[i] as { id?: unknown } | null)?.id)) count++;
  return count;
}

/** The items written with an id an item above them has, milestones first as the file lists them. */
function repeatedItems(data: unknown): RepeatedItem[] {
  const repeated: RepeatedItem[] = [];
  const first = new Map<string, RepeatedItem['list']>();
  for (const list of ['milestones', 'commitments'] as const) {
    const entries = (data as Record<string, unknown> | null | undefined)?.[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, index) => {
      const { id, owner, chaser, internal } = (entry ?? {}) as { id?: unknown; owner?: unknown; chaser?: unknown; internal?: unknown };
      if (typeof id !== 'string') return;
      const firstList = first.get(id);
      if (firstList === undefined) {
        first.set(id, list);
        return;
      }
      repeated.push({ list, index, id, owner: typeof owner === 'string' ? owner : undefined, chaser: typeof chaser === 'string' ? chaser : undefined, internal: typeof internal === 'boolean' ? internal : undefined, firstList });
    });
  }
  return repeated;
}

/** The ids written in a list, valid or not, with their index. */
function idsWritten(data: unknown, list: string, field: 'id' | 'name' = 'id'): { index: number; id: string }[] {
  const entries = (data as Record<string, unknown> | null | undefined)?.[list];
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry, index) => {
    const id = (entry as Record<string, unknown> | null)?.[field];
    // A name is matched trimmed by the references to it (namesWritten): so is it here.
    return typeof id === 'string' ? [{ index, id: field === 'name' ? id.trim() : id }] : [];
  });
}

/** One side's signatures, written as one signature or as a list, each with its place. */
/** The accounts' and plans' files of a layout, in the order the loader reads them. */
function contentPaths(layout: Layout): string[] {
  const paths: string[] = [];
  for (const folder of layout.accounts) {
    if (folder.index) paths.push(`accounts/${folder.id}/index.mdx`);
    for (const plan of folder.plans) paths.push(`accounts/${folder.id}/${plan}.mdx`);
  }
  return paths;
}

function signersOf(written: Signature | Signature[] | undefined, side: 'customer' | 'us'): Signer[] {
  if (written === undefined) return [];
  if (!Array.isArray(written)) return [{ ...written, side, path: ['agreement', side] }];
  return written.map((signature, i) => ({ ...signature, side, path: ['agreement', side, i] }));
}

/** True when `list` is a list, or absent (an empty list). */
function listWritten(data: unknown, list: string): boolean {
  const entries = (data as Record<string, unknown> | null | undefined)?.[list];
  return entries === undefined || entries === null || Array.isArray(entries);
}

function namesWritten(data: unknown, list: string, field: string): Set<string> {
  const entries = (data as Record<string, unknown> | null | undefined)?.[list];
  const names = new Set<string>();
  if (Array.isArray(entries)) {
    for (let i = 0; i < entries.length; i++) {
      const value = (entries[i] as Record<string, unknown> | null)?.[field];
      if (typeof value === 'string') names.add(value.trim());
      // `id: 2` is a schema finding that asks for quotes; the item is still the one `#2` names,
      // so that a command naming it is told what is wrong with it rather than that it is not there.
      else if (field === 'id' && typeof value === 'number') names.add(String(value));
    }
  } else if (entries !== null && typeof entries === 'object') {
    // One item written without its `- ` (its schema finding says so): what names it still names it.
    const value = (entries as Record<string, unknown>)[field];
    if (typeof value === 'string') names.add(value.trim());
  }
  return names;
}

/** What an empty document of each kind must at least hold, for the message that says so. */
const REQUIRED: Record<DocumentKind, string> = {
  settings: 'no fields',
  people: 'no fields',
  person: '`name`',
  account: '`name`, `owner`, `stage` and `since`',
  plan: '`title`, `owner`, `status` and `kickoff`',
  guide: '`title`',
};

/** A `schema` finding at a place that is not a YAML node (a file's first line, a syntax error). */
function problemAt(file: string, line: number, column: number, subject: string, message: string): Finding {
  return { rule: 'schema', severity: 'error', file, line, column, subject, message };
}
