// A plan written by hand (or by an editor) with four spaces where the fixtures use two: what a
// command writes under a key (`dropped:`, `added:`, a new `handoff:`) is indented as the file
// indents, not two spaces in whatever the file does.
import { describe, it } from 'vitest';
import { editHarness, replaceOnce } from './helpers/edits.ts';
import { FILES } from './fixture.ts';

/** Four spaces throughout; lists indented under their key; signed by both sides. */
const WIDE = `---
title: Wide
owner: kim-lee
status: active
kickoff: 2026-09-01
agreement:
    customer:
        by: Bob Smith
        date: 2026-08-20
    us:
        by: jane-doe
        date: 2026-08-20
commitments:
    - id: wire
      what: Wire the dock doors
      owner: omar-haddad
      due: 2026-12-10
---
`;

/** Four spaces, indentless lists (`-   id:`), no nested map to learn from. */
const INDENTLESS = `---
title: Indentless
owner: kim-lee
status: draft
kickoff: 2026-12-01
milestones:
-   id: doors
    title: Doors live
    due: 2027-01-10
---
`;

/** Four spaces, and no list yet to learn a list's indentation from. */
const LISTLESS = `---
title: Listless
owner: kim-lee
status: draft
kickoff: 2026-12-01
handoff:
    partner-onboarded: 2026-11-02
---
`;

const { expectEdit } = editHarness({ ...FILES, 'accounts/northwind/wide.mdx': WIDE, 'accounts/northwind/indentless.mdx': INDENTLESS, 'accounts/northwind/listless.mdx': LISTLESS });

describe('a file indented four spaces', () => {
  it('drop writes `dropped:` with its fields four spaces in', async () => {
    await expectEdit(
      ['drop', 'northwind/wide#wire', '--reason', 'Doors replaced', '--told', 'Bob Smith'],
      'accounts/northwind/wide.mdx',
      replaceOnce(WIDE, '      due: 2026-12-10\n', '      due: 2026-12-10\n      dropped:\n          date: 2026-11-20\n          reason: Doors replaced\n          told: Bob Smith\n'),
    );
  });

  it('add after signing writes `added:` with its fields four spaces in', async () => {
    await expectEdit(
      ['add', 'northwind/wide', 'commitment', '--id', 'paint', '--what', 'Paint the lines', '--owner', 'omar-haddad', '--due', '2026-12-20', '--told', 'Bob Smith', '--reason', 'Asked on site'],
      'accounts/northwind/wide.mdx',
      replaceOnce(
        WIDE,
        '      due: 2026-12-10\n',
        '      due: 2026-12-10\n    - id: paint\n      what: Paint the lines\n      owner: omar-haddad\n      due: 2026-12-20\n      added:\n          date: 2026-11-20\n          told: Bob Smith\n          reason: Asked on site\n',
      ),
    );
  });

  it('add starts the first list four spaces in, when the file has no list yet', async () => {
    await expectEdit(
      ['add', 'northwind/listless', 'milestone', '--id', 'doors', '--title', 'Doors live', '--due', '2027-01-10'],
      'accounts/northwind/listless.mdx',
      replaceOnce(LISTLESS, '    partner-onboarded: 2026-11-02\n', '    partner-onboarded: 2026-11-02\nmilestones:\n    - id: doors\n      title: Doors live\n      due: 2027-01-10\n'),
    );
  });

  it('handoff creates `handoff:` with its item four spaces in, learnt from an indentless list', async () => {
    await expectEdit(
      ['handoff', 'northwind/indentless', 'partner-onboarded', '--date', '2026-11-02'],
      'accounts/northwind/indentless.mdx',
      replaceOnce(INDENTLESS, 'kickoff: 2026-12-01\n', 'kickoff: 2026-12-01\nhandoff:\n    partner-onboarded: 2026-11-02\n'),
    );
  });
});
