// The layout of a content folder: which files are the playbook's (settings, people, accounts,
// plans, guides) and, for everything else under the folder, why it is not read. Nothing is
// skipped in silence: a misplaced file, a wrong extension, a folder named like a file, a link
// that leads nowhere, something that cannot be read, each is a problem at its own path.
//
//   playbook.yaml  people.yaml  accounts/<account>/index.mdx  accounts/<account>/<plan>.mdx
//   guides/<guide>.mdx
import { kindOf, UnreadableError, type EntryKind, type FileSource } from './file-source.ts';
import { suggestedId } from '../schema/values.ts';

export interface AccountFolder {
  id: string;
  /** accounts/<id>/index.mdx is a file. */
  index: boolean;
  /** The plans' file names without `.mdx`, sorted. */
  plans: string[];
}

export interface LayoutProblem {
  /** Relative to the content folder. */
  path: string;
  message: string;
}

export interface Layout {
  settings: boolean;
  people: boolean;
  accounts: AccountFolder[];
  guides: string[];
  problems: LayoutProblem[];
}

/**
 * Names that are never content and never reported, when they are what those names are: git's own
 * folder (or a worktree's `.git` file), its files, and the files operating systems leave in
 * folders they have shown. A folder named like one of those files (`accounts/Thumbs.db/`) is
 * reported like any other misplaced name. Every other name, hidden or not, is read or reported.
 */
const NOT_CONTENT_FILES = new Set(['.git', '.gitkeep', '.gitignore', '.gitattributes', '.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** The temporary file of an atomic write (src/core/edit/atomic-write.ts) left by a command that was killed. */
export const LEFTOVER = /^\.(.+)\.\d+\.[a-z0-9]+\.tmp$/;

/** How many files of one folder the playbook does not read are reported one by one. */
const SHOWN_PER_FOLDER = 20;

/** How many entries of a folder the playbook does not read are looked at, at most, to report them. */
const LOOKED_AT_MOST = 5000;

const ROOT_HINT = 'the content folder holds playbook.yaml, people.yaml, accounts/ and guides/';

export function readLayout(source: FileSource): Layout {
  const layout: Layout = { settings: false, people: false, accounts: [], guides: [], problems: [] };
  const problem = (path: string, message: string) => layout.problems.push({ path, message });
  const walker = new Walker(source, problem);

  for (const name of walker.rootNames()) {
    const kind = kindOf(source, name);
    if (name === 'playbook.yaml' || name === 'people.yaml') {
      if (kind === 'file') layout[name === 'playbook.yaml' ? 'settings' : 'people'] = true;
      else walker.notAFile(name, kind, `${name} (the ${name === 'playbook.yaml' ? 'settings' : 'list of our people'})`);
    } else if (name === 'accounts' || name === 'guides') {
      if (kind !== 'folder') walker.notAFolder(name, kind);
      else if (name === 'accounts') readAccounts(source, walker, layout);
      else readGuides(source, walker, layout);
    } else if (/^(playbook|people)\.[a-z]+$/i.test(name) && kind === 'file') {
      const wanted = name.toLowerCase().startsWith('playbook') ? 'playbook.yaml' : 'people.yaml';
      problem(name, `the playbook reads its ${wanted === 'playbook.yaml' ? 'settings' : 'people'} only from \`${wanted}\`: rename this file to ${wanted}`);
    } else if (kind === 'file' && /\.mdx?$/i.test(name)) {
      problem(name, `this file is not where the playbook looks for content: an account plan goes in accounts/<account>/index.mdx, a plan in accounts/<account>/<plan>.mdx and a guide in guides/<guide>.mdx`);
    } else {
      walker.stray(name, kind, ROOT_HINT);
    }
  }
  layout.problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return layout;
}

function readAccounts(source: FileSource, walker: Walker, layout: Layout): void {
  for (const id of walker.names('accounts')) {
    const folder = `accounts/${id}`;
    const kind = kindOf(source, folder);
    if (kind === 'folder') {
      layout.accounts.push(readAccount(source, walker, id));
    } else if (kind === 'file' && /\.mdx?$/i.test(id)) {
      walker.report(folder, `an account is a folder, not a file: move this file to accounts/${id.replace(/\.mdx?$/i, '')}/index.mdx`);
    } else {
      walker.stray(folder, kind, 'accounts/ holds one folder per account');
    }
  }
}

function readAccount(source: FileSource, walker: Walker, id: string): AccountFolder {
  const folder = `accounts/${id}`;
  const account: AccountFolder = { id, index: false, plans: [] };
  const names = walker.names(folder);
  const hint = `an account's folder holds its account plan (index.mdx) and its plans (<plan>.mdx)`;
  for (const name of names) {
    const path = `${folder}/${name}`;
    const kind = kindOf(source, path);
    if (name.endsWith('.mdx') && kind === 'file') {
      if (name === 'index.mdx') account.index = true;
      else account.plans.push(name.slice(0, -4));
    } else if (name.endsWith('.mdx')) {
      walker.notAFile(path, kind, name === 'index.mdx' ? "the account plan" : 'a plan');
    } else if (kind === 'folder') {
      walker.strayFolder(
        path,
        (file) => (file.endsWith('.mdx') ? `this plan is in a subfolder, where the playbook does not look: move it to ${folder}/${file.split('/').pop()}` : `this file is not part of the playbook (${hint}): move it elsewhere or remove it`),
        hint,
      );
    } else if (kind === 'file' && /\.mdx?$/i.test(name)) {
      walker.wrongExtension(path, name);
    } else {
      walker.stray(path, kind, hint);
    }
  }
  if (!account.index && account.plans.length === 0 && names.length === 0 && walker.readable(folder)) {
    walker.report(folder, `the account folder ${folder} is empty: add ${folder}/index.mdx with the account's name, owner, stage and since, or remove the folder`);
  }
  return account;
}

function readGuides(source: FileSource, walker: Walker, layout: Layout): void {
  for (const name of walker.names('guides')) {
    const path = `guides/${name}`;
    const kind = kindOf(source, path);
    if (name.endsWith('.mdx') && kind === 'file') layout.guides.push(name.slice(0, -4));
    else if (name.endsWith('.mdx')) walker.notAFile(path, kind, 'a guide');
    else if (kind === 'file' && /\.mdx?$/i.test(name)) walker.wrongExtension(path, name);
    else if (kind === 'folder') {
      walker.strayFolder(
        path,
        (file) => (file.endsWith('.mdx') ? `this guide is in a subfolder, where the playbook does not look: move it to guides/${file.split('/').pop()}` : 'this file is not part of the playbook (guides/ holds one file per guide, guides/<guide>.mdx): move it elsewhere or remove it'),
        'guides/ holds one file per guide, guides/<guide>.mdx',
      );
    }
    else walker.stray(path, kind, 'guides/ holds one file per guide, guides/<guide>.mdx');
  }
}

/** Lists folders and reports what is not the playbook's, with the reason that fits each entry. */
class Walker {
  private readonly source: FileSource;
  private readonly report_: (path: string, message: string) => void;
  private readonly unreadable = new Set<string>();

  constructor(source: FileSource, report: (path: string, message: string) => void) {
    this.source = source;
    this.report_ = report;
  }

  report(path: string, message: string): void {
    this.report_(path, message);
  }

  /**
   * The names in a folder, sorted, without the ones that are never content; a folder that cannot
   * be read is reported, and so is every hidden entry (a name that starts with `.`): none is read.
   */
  names(folder: string): string[] {
    try {
      const names = sorted(this.source.list(folder)).filter((name) => !this.notContent(folder === '' ? name : `${folder}/${name}`, name));
      for (const name of names) if (name.startsWith('.')) this.hidden(folder === '' ? name : `${folder}/${name}`);
      return names.filter((name) => !name.startsWith('.'));
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error;
      this.unreadable.add(folder);
      this.report(folder, `this folder ${error.message}, so nothing in it was checked`);
      return [];
    }
  }

  private hidden(path: string): void {
    const kind = kindOf(this.source, path);
    if (kind === 'file' && LEFTOVER.test(path.split('/').pop()!)) {
      this.report(path, 'a temporary file left by an editing command that was stopped before it finished: delete it (the next editing command in this folder also does)');
    } else if (kind === 'file' || kind === 'folder') {
      this.report(path, `this hidden ${kind} (its name starts with \`.\`) is not part of the playbook and is not read: rename it without the \`.\`, or remove it`);
    } else {
      this.odd(path, kind);
    }
  }

  /** The content folder's own names: a folder that cannot be listed at all is the caller's to report (exit 2). */
  rootNames(): string[] {
    const names = sorted(this.source.list('')).filter((name) => !this.notContent(name, name));
    for (const name of names) if (name.startsWith('.')) this.hidden(name);
    return names.filter((name) => !name.startsWith('.'));
  }

  /** A name of NOT_CONTENT_FILES that is what it says: a file, or git's own `.git` folder. */
  private notContent(path: string, name: string): boolean {
    return NOT_CONTENT_FILES.has(name) && (name === '.git' || !this.source.isDirectory(path));
  }

  readable(folder: string): boolean {
    return !this.unreadable.has(folder);
  }

  /** Something at a path where the layout wants a file. */
  notAFile(path: string, kind: EntryKind, what: string): void {
    if (kind === 'folder') {
      this.report(path, `this is a folder named like a file: ${what} is the file ${path}; rename or remove the folder`);
      this.reportInside(path, () => 'this file is not read: it is inside a folder named like a file', undefined);
    } else {
      this.odd(path, kind);
    }
  }

  /** Something at a path where the layout wants a folder. */
  notAFolder(path: string, kind: EntryKind): void {
    if (kind === 'file') this.report(path, `${path} must be a folder (${path}/), not a file: ${ROOT_HINT}`);
    else this.odd(path, kind);
  }

  wrongExtension(path: string, name: string): void {
    const fixed = `${suggestedId(name.replace(/\.mdx?$/i, ''))}.mdx`;
    this.report(path, `the playbook reads only files ending in \`.mdx\` (lowercase): rename this file to ${fixed}`);
  }

  /** A folder the layout has no place for: each file in it is reported (the first few), or the folder when it is empty. */
  strayFolder(path: string, fileMessage: (file: string) => string, hint: string): void {
    this.reportInside(path, fileMessage, `this folder is not part of the playbook (${hint}): remove it`);
  }

  /** An entry the layout has no place for. */
  stray(path: string, kind: EntryKind, hint: string): void {
    if (kind === 'folder') {
      this.strayFolder(path, () => `this file is not part of the playbook (${hint}): move it elsewhere or remove it`, hint);
    } else if (kind === 'file') {
      this.report(path, `this file is not part of the playbook (${hint}): move it elsewhere or remove it`);
    } else {
      this.odd(path, kind);
    }
  }

  private odd(path: string, kind: EntryKind): void {
    if (kind === 'broken-link') this.report(path, 'this link leads nowhere: point it at an existing file or folder, or remove it');
    else if (kind === 'loop') this.report(path, 'this link leads back to a folder that holds it, so reading through it would never end: nothing in it was read; remove the link, or point it at a folder outside this one');
    else if (kind === 'unreadable') this.report(path, 'this entry cannot be read (permission denied: check who may read it), so it was not checked');
    else if (kind === 'other') this.report(path, 'this is not a regular file or folder (a pipe, socket or device): remove it from the content folder');
  }

  /**
   * Every file under a folder the playbook does not read, one problem each up to a limit, then a
   * count; the folder itself when it holds no file (`emptyMessage`, unless already reported).
   */
  private reportInside(folder: string, fileMessage: (file: string) => string, emptyMessage: string | undefined): void {
    const files: string[] = [];
    const odd: [string, EntryKind][] = [];
    const pending = [folder];
    // Breadth first, with a depth limit (a link to a parent folder must not loop forever) and a
    // limit on what is looked at (a link to /sys or a copied home folder would take minutes).
    let looked = 0;
    walk: for (let depth = 0; depth < 8 && pending.length > 0; depth++) {
      for (const current of pending.splice(0)) {
        for (const name of this.names(current)) {
          if (++looked > LOOKED_AT_MOST) break walk;
          const path = `${current}/${name}`;
          const kind = kindOf(this.source, path);
          if (kind === 'folder') pending.push(path);
          else if (kind === 'file') files.push(path);
          else odd.push([path, kind]);
        }
      }
    }
    for (const [path, kind] of odd.slice(0, SHOWN_PER_FOLDER)) this.odd(path, kind);
    if (files.length === 0) {
      if (emptyMessage !== undefined && this.readable(folder)) this.report(folder, emptyMessage);
      return;
    }
    files.sort();
    for (const path of files.slice(0, SHOWN_PER_FOLDER)) this.report(path, fileMessage(path));
    const rest = files.length - SHOWN_PER_FOLDER;
    if (looked > LOOKED_AT_MOST) {
      this.report(folder, `and more under ${folder} is not read either (it holds more than ${LOOKED_AT_MOST.toLocaleString('en-US')} entries, not all looked at): move it elsewhere or remove it`);
    } else if (rest > 0) {
      this.report(folder, `and ${rest} more ${rest === 1 ? 'file' : 'files'} under ${folder} are not read either: move them elsewhere or remove them`);
    }
  }
}

function sorted(names: readonly string[]): string[] {
  return [...names].sort();
}
