// What the tests of the editing commands share: a fixture per test, the command run through
// main(), an edit that must change exactly one file into exactly the expected text (and leave the
// playbook without an error), and a refusal that must leave every byte of the playbook as it was.
import { afterEach, expect } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { checkPlaybook } from '../../../src/core/check.ts';
import { AS_OF, fakeIo, makeFixture, NOW, type Fixture } from '../fixture.ts';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export function editHarness(files: Record<string, string>) {
  let fixture: Fixture | undefined;
  afterEach(() => {
    fixture?.cleanup();
    fixture = undefined;
  });
  const current = (): Fixture => (fixture ??= makeFixture(files));

  async function run(...argv: string[]): Promise<Ran> {
    const { io, stdout, stderr } = fakeIo(current().root);
    const code = await main(argv, io);
    return { code, stdout: stdout(), stderr: stderr() };
  }

  /** Runs the command; only `contentPath` changed, into `expected`; no temporary file; no error in the playbook. */
  async function expectEdit(argv: string[], contentPath: string, expected: string): Promise<Ran> {
    const result = await run(...argv);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code, result.stderr).toBe(0);
    const f = current();
    expect(f.read(contentPath)).toBe(expected);
    for (const [path, text] of Object.entries(files)) if (path !== contentPath) expect(f.read(path), path).toBe(text);
    expect(f.list().filter((p) => p.includes('.tmp'))).toEqual([]);
    const check = checkPlaybook(f.content, { asOf: AS_OF, now: NOW, cwd: f.root });
    expect(check.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    return result;
  }

  /** Runs the command; it exits with `code`, says `message` on standard error, and writes nothing. */
  async function expectRefused(argv: string[], code: number, message: RegExp | string): Promise<Ran> {
    const hash = current().hash();
    const result = await run(...argv);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code, result.stderr).toBe(code);
    if (typeof message === 'string') expect(result.stderr).toBe(message);
    else expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(current().hash()).toBe(hash);
    return result;
  }

  return { run, expectEdit, expectRefused, fixture: current };
}

/** `text` with `old` (which must occur exactly once) replaced by `replacement`. */
export function replaceOnce(text: string, old: string, replacement: string): string {
  const at = text.indexOf(old);
  expect(at, `fixture text ${JSON.stringify(old)}`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(old, at + 1), `fixture text ${JSON.stringify(old)} is unique`).toBe(-1);
  return text.slice(0, at) + replacement + text.slice(at + old.length);
}
