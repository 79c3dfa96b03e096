// What the shells take from the environment, in one place: the content folder and the as-of
// date (flags win over environment variables), and the clock, read here and passed to the core.
export interface CliEnvironment {
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Where `playbook new` reads answers when it asks (only when this is a terminal). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export function defaultEnvironment(): CliEnvironment {
  return {
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: touching process.stdin builds a stream (about 5 ms), which only the commands that
    // ask questions need.
    get stdin() {
      return process.stdin;
    },
  };
}

export function contentDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.PLAYBOOK_CONTENT_DIR ?? 'content';
}

export function asOfDate(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return flag ?? (env.PLAYBOOK_AS_OF || undefined);
}

/** Colour on standard output only for a terminal that shows colour, and never when NO_COLOR is set. */
export function wantsColor(io: CliEnvironment): boolean {
  return colorFor(io.env, io.stdout);
}

/**
 * Colour on `stream` only for a terminal that shows it: NO_COLOR turns it off, FORCE_COLOR on, and
 * a terminal that declares itself dumb (TERM=dumb: an editor's output pane, say) gets none.
 */
export function colorFor(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}
