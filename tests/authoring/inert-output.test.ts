// What an editing command prints comes from content: a diff line of an MDX body, an account's
// name in the confirmation. Printed to a terminal or a CI log, none of it may act: an escape
// sequence is shown as its code point (as the reports show it, printable.ts), and a line break
// from content never starts an output line of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { FILES, fakeIo, makeFixture, type Fixture } from './fixture.ts';

const ACCOUNT = 'accounts/northwind/index.mdx';
let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

describe('what an editing command prints', () => {
  it('a diff shows an escape sequence of the MDX body as code points, not acting on the terminal', async () => {
    const body = FILES[ACCOUNT]!.replace('# end of the touchpoints\n---\n', '# end of the touchpoints\n---\nHi \u001b]0;PWNED\u0007 \u001b[2J\u001b[31mred \u009b1m\rover\n\n');
    fixture = makeFixture({ ...FILES, [ACCOUNT]: body });
    const { io, stdout } = fakeIo(fixture.root);
    expect(await main(['log', 'northwind', '--by', 'kim-lee', '--kind', 'call', '--dry-run'], io)).toBe(0);
    expect(stdout()).toContain('\n Hi <U+001B>]0;PWNED<U+0007> <U+001B>[2J<U+001B>[31mred <U+009B>1m<U+000D>over\n');
    expect(stdout()).not.toMatch(/[\u0007\u001b\u009b\r]/);
  });

  it('a confirmation naming what content holds stays on one line', async () => {
    fixture = makeFixture();
    const { io, stderr } = fakeIo(fixture.root);
    expect(await main(['new', 'account', 'new-acct', '--name', 'Multi\nLine ::error::x \u001b[2J', '--owner', 'jane-doe'], io)).toBe(0);
    expect(stderr()).toBe('Created the account new-acct (Multi<U+000A>Line ::error::x <U+001B>[2J).\n');
  });

  it('a refusal quoting content shows its escapes as code points', async () => {
    fixture = makeFixture({ ...FILES, [ACCOUNT]: FILES[ACCOUNT]!.replace('name: "Northwind Logistics"', 'name: "North\\e[2Jwind"') });
    const { io, stderr } = fakeIo(fixture.root);
    expect(await main(['log', 'northwind', '--by', 'kim-lee', '--with', 'Bobby', '--kind', 'call'], io)).toBe(1);
    expect(stderr()).toMatch(/^playbook log: --with "Bobby" is neither a contact of North<U\+001B>\[2Jwind nor/);
    expect(stderr()).not.toContain('\u001b');
  });
});
