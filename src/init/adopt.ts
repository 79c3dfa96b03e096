// What `playbook init` does with what is already in the folder. A team usually starts from a
// repository GitHub just made (a README, a LICENSE, maybe a .gitignore and a .github/ folder), or
// from `npm install followthrough`: init proceeds there, keeps the LICENSE, adds its lines to the
// .gitignore, adds to the package.json, and keeps a README that is more than GitHub's stub (the
// playbook's guide then goes to PLAYBOOK.md). Anything else in the folder means it is not a new
// repository: init refuses it, and a file it would replace, unless --force.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What GitHub may put in a new repository, or an organisation's template adds: kept as it is. */
const STARTER = /^(readme|licen[cs]e|copying|notice|contributing|code_of_conduct|security|authors)(\.[\w.-]+)?$|^\.(gitignore|gitattributes|github|editorconfig)$/i;
/** What `npm install followthrough` leaves in the folder (with package.json, never without). */
const INSTALLED = new Set(['package.json', 'package-lock.json', 'node_modules']);

export interface FolderState {
  /** The top-level names that make the folder something other than a new repository. */
  foreign: string[];
}

export function folderState(dir: string): FolderState {
  if (!existsSync(dir)) return { foreign: [] };
  const names = readdirSync(dir).filter((name) => name !== '.git');
  const installed = names.includes('package.json');
  const foreign = names.filter((name) => !STARTER.test(name) && !(installed && INSTALLED.has(name)));
  return { foreign };
}

export type Action =
  /** Written: it was not there, or it replaces theirs (with --force) or GitHub's stub README. */
  | { kind: 'write'; path: string; text: string; replaced?: 'theirs' | 'stub' }
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
}

/** What to do with each file init would write, given what is in `dir`. */
export function planWrites(dir: string, files: Map<string, string>): Plan {
  const actions: Action[] = [];
  const theirs = (path: string) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined);
  let guide: Plan['guide'] = 'README.md';
  for (const [path, text] of files) {
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
    } else if (path === 'README.md') {
      actions.push({ kind: 'keep', path });
      guide = 'PLAYBOOK.md';
      const other = theirs('PLAYBOOK.md');
      if (other === undefined) actions.push({ kind: 'write', path: 'PLAYBOOK.md', text });
      else if (other === text) actions.push({ kind: 'same', path: 'PLAYBOOK.md' });
      else actions.push({ kind: 'write', path: 'PLAYBOOK.md', text, replaced: 'theirs' });
    } else actions.push({ kind: 'write', path, text, replaced: 'theirs' });
  }
  return { actions, guide };
}

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
