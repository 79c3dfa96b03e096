// Runs git: always an argument list (never a shell string), always from a known folder, and
// with a message that says what failed. Plain TypeScript over node:child_process.
import { spawnSync } from 'node:child_process';

export class GitError extends Error {
  readonly args: readonly string[];
  readonly status: number | null;
  readonly stderr: string;

  constructor(message: string, args: readonly string[], status: number | null, stderr: string) {
    super(message);
    this.args = args;
    this.status = status;
    this.stderr = stderr;
  }
}

export interface GitOptions {
  /** The folder git runs in. */
  cwd: string;
  /** Written to git's standard input. */
  input?: string | Buffer;
  /** Added to the environment (GIT_INDEX_FILE for a scratch index, say). */
  env?: Record<string, string>;
}

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `git args...`; a non-zero exit is returned, not thrown. Throws only when git cannot run. */
export function runGit(args: readonly string[], options: GitOptions): GitResult {
  const result = spawnSync('git', args, {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', ...options.env },
    maxBuffer: 1024 * 1024 * 1024,
    windowsHide: true,
  });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new GitError(
      missing ? 'git is not installed, or not on the PATH: --base and the git features need it' : `git ${args[0]} could not run: ${result.error.message}`,
      args,
      null,
      '',
    );
  }
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** The output of `git args...` as text; throws a GitError when git fails. */
export function gitText(args: readonly string[], options: GitOptions): string {
  const result = runGit(args, options);
  if (result.status !== 0) {
    const detail = result.stderr.trim().split('\n')[0] ?? '';
    throw new GitError(`git ${args.join(' ')} failed${detail ? `: ${detail}` : ''}`, args, result.status, result.stderr);
  }
  return result.stdout.toString('utf8');
}

/** The output of `git args...` as text, or `undefined` when git exits non-zero. */
export function gitMaybe(args: readonly string[], options: GitOptions): string | undefined {
  const result = runGit(args, options);
  return result.status === 0 ? result.stdout.toString('utf8') : undefined;
}
