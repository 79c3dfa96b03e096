// What `playbook init` does with what is already in the folder. A team usually starts from a
// repository GitHub just made (a README, a LICENSE, maybe a .gitignore and a .github/ folder), or
// from `npm install followthrough`: init proceeds there, keeps the LICENSE, adds its lines to the
// .gitignore, adds to the package.json, and keeps a README that is more than GitHub's stub (the
// playbook's guide then goes to PLAYBOOK.md). Anything else in the folder means it is not a new
// repository: init refuses it unless --force. With --force it never touches the team's content/
// (a re-run refreshes the files around a playbook, it does not reset it) and keeps each file it
// replaces beside it as <file>.bak, so that nothing of theirs is lost, and it says which.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What GitHub may put in a new repository, or an organisation's template adds: kept as it is. */
const STARTER = /^(readme|licen[cs]e|copying|notice|contributing|code_of_conduct|security|authors)(\.[\w.-]+)?$|^\.(gitignore|gitattributes|github|editorconfig)$/i;
/** What `npm install followthrough` leaves in the folder (with package.json, never without). */
const INSTALLED = new Set(['package.json', 'package-lock.json', 'node_modules']);

export interface FolderState {
  /** The top-level names that make the folder something other than a new repository. */
  foreign: string[];
  /** content/playbook.yaml is there: a playbook exists. */
  playbook: boolean;
  /** content/ holds files of theirs (with or without a playbook.yaml). */
  content: boolean;
}

export function folderState(dir: string): FolderState {
  if (!existsSync(dir)) return { foreign: [], playbook: false, content: false };
  const names = readdirSync(dir).filter((name) => name !== '.git');
  const installed = names.includes('package.json');
  const foreign = names.filter((name) => !STARTER.test(name) && !(installed && INSTALLED.has(name)));
  const content = join(dir, 'content');
  const hasFiles = existsSync(content) && readdirSync(content, { recursive: true, withFileTypes: true }).some((entry) => !entry.isDirectory());
  return { foreign, playbook: existsSync(join(content, 'playbook.yaml')), content: hasFiles };
}

export type Action =
  /** Written: it was not there, or it is replaced (the old one kept at `backup`, GitHub's stub README not). */
  | { kind: 'write'; path: string; text: string; replaced?: 'backup' | 'stub'; backup?: string }
  /** Already there as init would write it. */
  | { kind: 'same'; path: string }
  /** Theirs with ours added: .gitignore's lines, package.json's scripts and dependencies. */
  | { kind: 'merge'; path: string; text: string; added: string[] }
  /** Theirs, left as it is. */
  | { kind: 'keep'; path: string };

export interface Plan {
  actions: Action[];
  /** Where the playbook's guide went: README.md, or PLAYBOOK.md beside the team's own README. */
  guide: 'README.md' | 'PLAYBOOK.md';
  /** The content was written (not kept): it must check clean. */
  wroteContent: boolean;
}

/** What to do with each file init would write, given what is in `dir`. */
export function planWrites(dir: string, files: Map<string, string>, state: FolderState): Plan {
  const actions: Action[] = [];
  const theirs = (path: string) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined);
  let guide: Plan['guide'] = 'README.md';
  if (state.playbook) actions.push({ kind: 'keep', path: 'content/' });
  for (const [path, text] of files) {
    // Their playbook stays whole: no example account added to it, no people.yaml reset. Nor is
    // the example added to content of theirs, whose people it would not name.
    if (state.playbook && path.startsWith('content/')) continue;
    if (state.content && path.startsWith('content/accounts/')) continue;
    const existing = theirs(path);
    if (existing === undefined) actions.push({ kind: 'write', path, text });
    else if (existing === text) actions.push({ kind: 'same', path });
    else if (path === '.gitignore') {
      const merged = mergeGitignore(existing, text);
      actions.push(merged.added.length === 0 ? { kind: 'same', path } : { kind: 'merge', path, ...merged });
    } else if (path === 'package.json') {
      // The text is already their package.json with ours added (team-files.ts).
      actions.push({ kind: 'merge', path, text, added: ['the playbook scripts and dependencies'] });
    } else if (path === 'README.md' && isGitHubStub(existing)) {
      actions.push({ kind: 'write', path, text, replaced: 'stub' });
    } else if (path === 'README.md' && !existing.includes(GUIDE_MARK)) {
      actions.push({ kind: 'keep', path });
      guide = 'PLAYBOOK.md';
      const other = theirs('PLAYBOOK.md');
      if (other === undefined) actions.push({ kind: 'write', path: 'PLAYBOOK.md', text });
      else if (other === text) actions.push({ kind: 'same', path: 'PLAYBOOK.md' });
      else actions.push({ kind: 'write', path: 'PLAYBOOK.md', text, replaced: 'backup', backup: backupPath(dir, 'PLAYBOOK.md') });
    } else if (path.startsWith('content/')) {
      // A content file without a playbook.yaml beside it is still the team's writing.
      actions.push({ kind: 'keep', path });
    } else actions.push({ kind: 'write', path, text, replaced: 'backup', backup: backupPath(dir, path) });
  }
  return { actions, guide, wroteContent: !state.content };
}

/** A line of the playbook's guide (templates/team/README.md): a README with it is an earlier init's, replaced as init's other files are. */
const GUIDE_MARK = 'Built with [Followthrough](https://www.npmjs.com/package/followthrough)';

/**
 * The README GitHub writes when asked to: `# <repository>` and the description, if one was
 * given. It says nothing the playbook's guide does not, so the guide takes its place.
 */
export function isGitHubStub(text: string): boolean {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length >= 1 && lines.length <= 2 && /^# \S/.test(lines[0]!) && !(lines[1] ?? '').startsWith('#') && text.length < 500;
}

/** Their .gitignore with each of our patterns it lacks appended (`dist` and `dist/` are one). */
export function mergeGitignore(theirs: string, ours: string): { text: string; added: string[] } {
  const key = (line: string) => line.trim().replace(/^\//, '').replace(/\/$/, '');
  const have = new Set(theirs.split(/\r?\n/).map(key));
  const added = ours.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#') && !have.has(key(line)));
  if (added.length === 0) return { text: theirs, added };
  const separator = theirs === '' || theirs.endsWith('\n') ? '' : '\n';
  return { text: `${theirs}${separator}\n# The playbook's site and tools (playbook init)\n${added.join('\n')}\n`, added };
}

/** `<path>.bak`, or `.bak2`, ... when an older backup is there: a backup never replaces another. */
function backupPath(dir: string, path: string): string {
  let candidate = `${path}.bak`;
  for (let n = 2; existsSync(join(dir, candidate)); n++) candidate = `${path}.bak${n}`;
  return candidate;
}
