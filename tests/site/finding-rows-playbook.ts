// One account and one plan whose findings are each about a row of a page, finer than the page:
// touchpoints (a future one, the last contact of a stale follow-up, the owner's last touch, the
// last governance review) and handoff checklist items (one never done, one done after kickoff).
// The site test (finding-rows.test.ts) and the browser test (tests/e2e/finding-rows.test.ts)
// read the same build.
import { mdxFile, yamlFile } from '../helpers/playbook-text.ts';
import type { BuildOptions } from './build-site.ts';

const touch = (date: string, by: string, kind: string, note: string) => ({ date, by, with: ['Lee Park'], kind, note });

export const FINDING_ROWS_BUILD: BuildOptions = {
  name: 'finding-rows',
  asOf: '2026-11-22',
  git: 'outside',
  files: {
    'playbook.yaml': yamlFile({
      title: 'Acme',
      handoff_checklist: { 'partner-onboarded': 'Partner onboarded', 'delivery-briefed': 'Delivery team briefed' },
    }),
    'people.yaml': yamlFile({ 'jane-doe': { name: 'Jane Doe' }, 'kim-lee': { name: 'Kim Lee' } }),
    'accounts/birch/index.mdx': mdxFile({
      name: 'Birch Hardware',
      owner: 'jane-doe',
      stage: 'delivery',
      since: '2026-01-05',
      governance_every: '4w',
      contacts: [{ name: 'Lee Park' }],
      touchpoints: [
        touch('2026-09-01', 'jane-doe', 'call', 'Jane checked in after the handoff'),
        touch('2026-10-01', 'kim-lee', 'review', 'Quarterly review of the rollout'),
        touch('2026-11-30', 'kim-lee', 'meeting', 'Site walk planned for next week'),
      ],
    }),
    'accounts/birch/rollout.mdx': mdxFile({
      title: 'Rollout',
      owner: 'kim-lee',
      status: 'active',
      kickoff: '2026-10-01',
      agreement: { customer: { by: 'Lee Park', date: '2026-09-20' }, us: { by: 'jane-doe', date: '2026-09-20' } },
      handoff: { 'partner-onboarded': '2026-10-05' },
      commitments: [{ id: 'install', what: 'Install the tills', owner: 'kim-lee', due: '2026-12-15' }],
    }),
  },
};
