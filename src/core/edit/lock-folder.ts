// The folder a lock is made in, made and checked before the first lock goes in it. A folder that
// cannot be made or written (a file of that name in the way, a write-protected folder) is
// refused with what to do, not a system error. The shared one outside git (/tmp/playbook-locks-<uid>)
// is also checked the way ssh checks ~/.ssh: /tmp is everyone's, so another user could make that
// folder first, or a link of that name, and then read, remove or plant the locks of our edits.
// So it must be a real folder, ours (or root's), and writable by no one else.
import { lstatSync, mkdirSync } from 'node:fs';
import { EditError } from './errors.ts';

/** Folders already checked by this process: one lstat per command, not one per lock. */
const checked = new Set<string>();

/** Makes `folder` if needed; throws an EditError, saying why and what to do, when it cannot hold our locks. */
export function prepareLockFolder(folder: string, options: { shared: boolean }): void {
  if (checked.has(folder)) return;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new EditError(`the lock folder ${folder} cannot be made: a file is in its way (at that name or above it). Remove or move that file and run the command again; nothing was written.`);
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new EditError(`the lock folder ${folder} cannot be made (${code}): make the folder that holds it writable by you, and run the command again; nothing was written.`);
    }
    throw error;
  }
  if (options.shared) refuseUnsafe(folder);
  checked.add(folder);
}

function refuseUnsafe(folder: string): void {
  const stats = lstatSync(folder);
  // In /tmp (sticky) only its owner or an administrator can remove what another user made.
  const remove = `Have it removed (it holds only locks: \`rm -r ${folder}\`, by its owner or an administrator) and run the command again; nothing was written.`;
  if (!stats.isDirectory()) {
    throw new EditError(`the lock folder ${folder} is a link, not a folder: someone may have put it there to see or block your edits. ${remove}`);
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  if (uid !== undefined && stats.uid !== uid && stats.uid !== 0) {
    throw new EditError(`the lock folder ${folder} belongs to another user (uid ${stats.uid}), not to you: they could see, remove or fake the locks of your edits. ${remove}`);
  }
  if ((stats.mode & 0o022) !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(3, '0');
    throw new EditError(`the lock folder ${folder} is writable by other users (mode ${mode}): they could remove or fake the locks of your edits. Run \`chmod 700 ${folder}\` and run the command again; nothing was written.`);
  }
}

/** A write to a lock folder that exists but refuses it (write-protected), as a refusal that says what to do. */
export function lockFolderRefused(folder: string, code: string): EditError {
  return new EditError(`cannot make a lock in the lock folder ${folder} (${code}): make it writable by you (\`chmod u+w ${folder}\`), or remove it, and run the command again; nothing was written.`);
}
