// Plans beside the fixture's, for the commands that add items and signatures: one signed, with
// block items, a block signature and comments; one a draft with CRLF line breaks and indentless
// lists; one as `playbook new plan` writes it.
import { FILES } from './fixture.ts';

/** Signed by both sides: an item added to it is an addition under the client's signature. */
export const YARD = `---
title: Yard scanners     # signed in September
owner: kim-lee
status: active
kickoff: 2026-09-01
agreement:
  customer:
    by: Bob Smith            # in person
    date: 2026-09-01
  us: { by: jane-doe, date: '2026-09-02' }
milestones:
  - id: yard-live
    title: 'Yard live'
    due: 2026-12-01
    # reached when the gate reads tags
commitments:
  - id: mount-readers
    what: "Mount the gate readers"
    owner: omar-haddad
    due: 2026-12-04
  - id: pay-crew
    what: Pay the install crew
    owner: kim-lee
    internal: true
    due: 2026-11-30   # end of month
---
Body with {'braces'} and <br />.
`;

/** A draft, CRLF, indentless lists, no commitments yet, no agreement. */
export const COLD_ROOM = [
  '---',
  "title: 'Cold room'",
  'owner: kim-lee',
  'status: draft',
  'kickoff: 2026-12-01',
  'milestones:',
  '- id: design',
  '  title: Design agreed   # with Lee',
  '  due: 2026-12-15',
  '---',
  '<aside>CRLF body</aside>',
  '',
].join('\r\n');

/** As `playbook new plan` writes it (empty lists followed by example comments). */
export const TEMPLATE = `---
title: Dock doors
owner: kim-lee
status: draft
kickoff: 2026-10-01
agreement: {}                  # the letter of agreement; once signed, replace {} with:
handoff: {}                    # the handoff checklist; as items are done, replace {} with:
milestones: []                 # replace [] with entries such as:
#   - id: pilot
commitments: []                # replace [] with entries such as:
#   - id: install-scanners
---
Body.
`;

export const PLAN_FILES: Record<string, string> = {
  ...FILES,
  'accounts/northwind/yard.mdx': YARD,
  'accounts/fraser/cold-room.mdx': COLD_ROOM,
  'accounts/northwind/template.mdx': TEMPLATE,
};
