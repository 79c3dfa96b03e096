// A page built for one day is re-judged in the reader's browser for another: each finding carries
// the verdict it holds by (model/when.ts), and the findings of the days to come are found ahead
// (dated-findings.ts). Held here to the checker itself: for every day of the reading window, the
// findings whose verdict holds are exactly the findings a check made that day reports, in the
// same words once the distances are measured from that day.
import { describe, expect, it } from 'vitest';
import { checkPlaybook, judge } from '../../src/core/check.ts';
import { addDays } from '../../src/core/dates.ts';
import { findingsWithin } from '../../src/core/dated-findings.ts';
import { generatePlaybook } from '../../src/core/generate/synthetic-playbook.ts';
import { deriveModel } from '../../src/core/model.ts';
import { daysLate, holds, itemStatus, milestoneStatus } from '../../src/core/model/status.ts';
import { messageOn } from '../../src/site/message.ts';
import { buildPlaybook } from '../helpers/playbook-builder.ts';
import { FIXTURE_FILES } from '../site/fixture-playbook.ts';
import { RICH_FILES } from '../site/rich-playbook.ts';

const AS_OF = '2026-11-22';
const DAYS = 42;

function contentOf(files: Record<string, string> | Map<string, string>): string {
  return buildPlaybook(files instanceof Map ? Object.fromEntries(files) : files, { prefix: 'when-' }).dir;
}

const key = (f: { rule: string; subject: string; line: number; column: number }) => `${f.rule} ${f.subject} ${f.line}:${f.column}`;

describe.each([
  ['the site fixture', () => contentOf(FIXTURE_FILES)],
  [
    // Written ahead of the build (a future-date error until its day): from 2026-11-26 it is the
    // account's last contact, its owner's and its last review, and the error is gone.
    'the site fixture with a review logged for four days after the build',
    () => contentOf({ ...FIXTURE_FILES, 'accounts/northwind/index.mdx': FIXTURE_FILES['accounts/northwind/index.mdx']!.replace('    note: Steering committee\n', '    note: Steering committee\n  - date: 2026-11-26\n    by: jane-doe\n    with: [Bob Smith]\n    kind: review\n') }),
  ],
  ['the rich playbook (incidents, an absent owner, plans in every shared status)', () => contentOf(RICH_FILES)],
  ['a synthetic playbook of 40 accounts', () => contentOf(generatePlaybook({ accounts: 40, asOf: AS_OF }))],
  [
    'a plan that starts after the build, its checklist empty (a finding per item, all at its kickoff)',
    () => contentOf({ ...FIXTURE_FILES, 'accounts/northwind/wave-two.mdx': `---\ntitle: Wave two\nowner: kim-lee\nstatus: agreed\nkickoff: ${addDays(AS_OF, 3)}\n---\n` }),
  ],
  [
    'records written ahead of the build: a done, a drop and an explanation dated after it',
    () =>
      contentOf({
        ...FIXTURE_FILES,
        'accounts/northwind/wave-three.mdx': `---\ntitle: Wave three\nowner: kim-lee\nstatus: active\nkickoff: 2026-10-01\ncommitments:\n  - { id: done-ahead, what: Migrate the test data, owner: kim-lee, due: ${addDays(AS_OF, -2)}, done: ${addDays(AS_OF, 3)} }\n  - { id: dropped-ahead, what: Survey site 9, owner: kim-lee, due: ${addDays(AS_OF, -1)}, dropped: { date: ${addDays(AS_OF, 2)}, reason: Site closed, told: Bob Smith } }\nmilestones:\n  - { id: pilot-ahead, title: Pilot live, due: ${addDays(AS_OF, -3)}, done: ${addDays(AS_OF, 4)} }\n---\n`,
      }),
  ],
])('%s read on the days after its build', (_name, content) => {
  it('lists, for every day, the findings a check on that day reports, in its words', () => {
    const built = checkPlaybook(content(), { asOf: AS_OF, now: new Date(0) });
    const dated = findingsWithin(built, DAYS);
    const remind = built.content.settings.remindDays;
    for (let offset = 0; offset <= DAYS; offset++) {
      const day = addDays(AS_OF, offset);
      const expected = judge(deriveModel(built.content, day));
      const shown = dated.filter((d) => holds(d.when, day, remind));
      expect(shown.map((d) => key(d.finding)).sort(), day).toEqual(expected.map(key).sort());
      // In the words of that day's check (one rule may say several things at one place).
      expect(shown.map((d) => `${key(d.finding)} ${messageOn(d.finding.message, day)}`).sort(), day).toEqual(expected.map((f) => `${key(f)} ${f.message}`).sort());
    }
  });

  it("re-judges every item's status and days late with the model's functions", () => {
    const built = checkPlaybook(content(), { asOf: AS_OF, now: new Date(0) });
    const remind = built.content.settings.remindDays;
    for (const offset of [0, 1, 9, 18, 41]) {
      const day = addDays(AS_OF, offset);
      const later = deriveModel(built.content, day);
      later.items.forEach((item, i) => {
        const was = built.model.items[i]!;
        const promising = built.model.plans.find((p) => p.plan === was.plan)!.promising;
        // As the browser script does: a milestone by milestoneStatus (never due soon).
        const status = was.kind === 'milestone' ? milestoneStatus(was.data, promising, day, remind) : itemStatus(was.data, promising, day, remind);
        expect(status, item.key).toBe(item.status);
        expect(daysLate(status, was.data.due, day)).toBe(item.daysLate);
      });
    }
  });
});
