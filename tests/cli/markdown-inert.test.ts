// Every markdown output carries text from content as text: `check --format markdown` (the job
// summary and a pull-request comment), `report ... --format markdown` and the body of the issue
// `publish-issue` keeps. A URL a client wrote, a reference or a mention must not become a link or a
// notification on GitHub, which finds those in the rendered text (see tests/core/markdown-escape.test.ts).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createPlaybook, plan, PLAN_PATH, runCli, text, type Playbook } from '../helpers/playbook-fixture.ts';

vi.setConfig({ testTimeout: 120_000 });

const WHAT = 'Pay https://evil.example/pay via www.evil.example, ask bob@evil.example or @octocat, see #123, GH-7, acme/playbook#9 and 1a2b3c4d';
/** What GitHub is given: URLs and the SHA in code spans, a zero-width space in each mention and reference. */
const INERT = 'Pay `https://evil.example/pay` via `www.evil.example`, ask bob@&#8203;evil.example or @&#8203;octocat, see #&#8203;123, GH-&#8203;7, acme/playbook#&#8203;9 and `1a2b3c4d`';

let playbook: Playbook;
beforeAll(() => {
  playbook = createPlaybook({
    [PLAN_PATH]: plan(text`
      commitments:
        - id: pay
          what: "${WHAT}"
          owner: omar-haddad
          due: 2026-11-15
    `),
  });
});

describe.concurrent('markdown outputs keep links, references and mentions from content inert', () => {
  it.each([
    ['check --format markdown', ['check', '--format', 'markdown']],
    ['report --stale --format markdown', ['report', '--stale', '--format', 'markdown']],
    ['report --person --format markdown', ['report', '--person', 'omar-haddad', '--format', 'markdown']],
    ['report --account --format markdown', ['report', '--account', 'northwind', '--format', 'markdown']],
    ['publish-issue --dry-run', ['publish-issue', '--dry-run']],
  ])('%s', async (_, args) => {
    const { stdout, stderr } = await runCli([...args, '--as-of', '2026-11-22'], { cwd: playbook.root });
    expect(stderr).toBe('');
    expect(stdout).toContain(`| ${INERT}`);
    // Nothing of it is left where GitHub would link it: every URL and the SHA are inside backticks.
    expect(stdout).not.toMatch(/(?<!`)(?:https:\/\/evil|www\.evil|1a2b3c4d)/);
    expect(stdout).not.toMatch(/[@#]octocat|#123|GH-7|bob@evil/);
  });
});

describe('a link to a file whose name holds a `)`', () => {
  it('stays one link: the rest of the name is not markdown again (a mention)', async () => {
    const named = createPlaybook({
      'playbook.yaml': text`
        title: Test playbook
        repository:
          url: https://github.com/acme/playbook
      `,
      'accounts/northwind/a)@octocat.mdx': plan(text`
        commitments:
          - id: pay
            what: Pay the contractors
            owner: omar-haddad
            due: 2026-11-15
      `),
    });
    const { stdout } = await runCli(['report', '--stale', '--format', 'markdown', '--as-of', '2026-11-22'], { cwd: named.root });
    expect(stdout).toContain('| [Rollout · Northwind Logistics](https://github.com/acme/playbook/blob/main/content/accounts/northwind/a%29@octocat.mdx#L13) |');
  });
});
