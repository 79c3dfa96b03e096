// The site fixture (fixture-playbook.ts) and one more account, for the tests that hold the site
// to the checker page by page and read it in a browser: Maple Ridge Grocers, whose owner has not
// talked to them since 2026-10-06 (owner-absent), with an incident on each side (ours not yet
// explained), an internal touchpoint, and four plans the client's site shares (active, done,
// agreed) next to northwind's, one of them slipped after its signing; and a second guide, due for
// review on 2026-12-01. As of 2026-11-22, no error.
import { handedOver, mdxFile, signed, yamlFile } from '../helpers/playbook-text.ts';
import type { BuildOptions } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_FILES } from './fixture-playbook.ts';

export const RICH_AS_OF = FIXTURE_AS_OF;

const people = `${FIXTURE_FILES['people.yaml']}${yamlFile({ 'tom-lindqvist': { name: 'Tom Lindqvist', role: 'Account executive' } })}`;

const touchpoint = (date: string, by: string, names: string[], kind: string, note: string) => ({ date, by, with: names, kind, note });

const maple = mdxFile(
  {
    name: 'Maple Ridge Grocers Co-operative',
    owner: 'tom-lindqvist',
    stage: 'delivery',
    since: '2026-05-19',
    follow_up_every: '1w',
    governance_every: '4w',
    team: ['kim-lee', 'omar-haddad'],
    contacts: [
      { name: 'Heather McAllister', role: 'VP Supply Chain' },
      { name: 'Rajinder Sidhu', role: 'WMS product owner' },
      { name: 'Gord Kowalski', role: 'DC manager' },
    ],
    touchpoints: [
      touchpoint('2026-10-06', 'tom-lindqvist', ['Heather McAllister', 'Gord Kowalski'], 'review', 'Pilot on track'),
      touchpoint('2026-11-03', 'kim-lee', ['Heather McAllister', 'Rajinder Sidhu'], 'review', 'Wave 1 at risk'),
      touchpoint('2026-11-19', 'kim-lee', ['Heather McAllister'], 'call', 'Weekly check-in'),
      // With our own people only: internal, not a contact with the client.
      touchpoint('2026-11-20', 'omar-haddad', ['kim-lee', 'tom-lindqvist'], 'meeting', 'Internal. The catch-weight fix, before Tom calls Heather.'),
    ],
    incidents: [
      {
        id: 'closed-po-receipts',
        date: '2026-09-15',
        what: 'Barrie received 40 pallets against a purchase order already closed in the WMS',
        cause: 'client',
        told: 'Gord Kowalski',
        explained: '2026-10-06',
        follow_up: ['dc-scanner-rollout#train-wave-1'],
      },
      {
        id: 'lot-code-truncation',
        date: '2026-10-20',
        what: 'Picking stopped for three hours when the scanners sent lot codes longer than the WMS accepts',
        cause: 'ours',
        told: 'Rajinder Sidhu',
        follow_up: ['dc-scanner-rollout#integrate-wms'],
      },
    ],
  },
  'A grocery co-operative with six distribution centres.\n',
);

/** A plan of Maple's, signed by Heather and Tom on `signedOn`, handed over the day after. */
function maplePlan(title: string, status: string, kickoff: string, signedOn: string, handoffOn: string, items: object, body: string): string {
  const header = { title, owner: 'kim-lee', status, kickoff };
  return mdxFile({ ...header, agreement: signed('Heather McAllister', 'tom-lindqvist', signedOn), handoff: handedOver(CHECKLIST, handoffOn), ...items }, body);
}
const CHECKLIST = ['partner-onboarded', 'delivery-briefed'];

const dcRollout = maplePlan('DC scanner rollout', 'active', '2026-08-11', '2026-07-24', '2026-08-04', {
  milestones: [
    { id: 'pilot', title: 'Guelph live', due: '2026-10-16', done: '2026-10-14' },
    { id: 'wave-1', title: 'Cambridge and Barrie live', due: '2026-11-27' },
  ],
  commitments: [
    { id: 'train-wave-1', what: 'Train the wave 1 super-users', owner: 'kim-lee', due: '2026-10-30', done: '2026-10-29' },
    {
      id: 'integrate-wms',
      what: 'Integrate the scanners with the WMS lot codes',
      owner: 'omar-haddad',
      due: '2026-11-13',
      milestone: 'wave-1',
      slips: [{ date: '2026-11-03', from: '2026-10-16', to: '2026-11-13', told: 'Heather McAllister', reason: 'Lot-code truncation found in the pilot' }],
    },
    { id: 'install-wave-2', what: 'Install the scanners at Winnipeg and Brandon', owner: 'omar-haddad', due: '2027-01-22', after: ['integrate-wms'] },
  ],
}, 'Six DCs, in three waves.\n');

const sensors = maplePlan('Cold-chain sensor trial', 'done', '2026-06-01', '2026-05-25', '2026-05-28', {
  commitments: [{ id: 'install-sensors', what: 'Install the freezer sensors at Guelph', owner: 'omar-haddad', due: '2026-06-20', done: '2026-06-18' }],
}, 'A short trial, done.\n');

const waveThree = maplePlan('Wave 3 rollout', 'agreed', '2027-02-01', '2026-11-17', '2026-11-18', {
  commitments: [{ id: 'survey-thunder-bay', what: 'Survey the Thunder Bay DC', owner: 'omar-haddad', due: '2027-02-15' }],
}, 'Thunder Bay, after wave 2.\n');

const loggingGuide = mdxFile({ title: 'Logging a touchpoint', owner: 'kim-lee', review_by: '2026-12-01' }, 'Log every call the day it happens.\n');

export const RICH_FILES: Record<string, string> = {
  ...FIXTURE_FILES,
  'people.yaml': people,
  'accounts/maple-grocers/index.mdx': maple,
  'accounts/maple-grocers/dc-scanner-rollout.mdx': dcRollout,
  'accounts/maple-grocers/cold-chain-sensors.mdx': sensors,
  'accounts/maple-grocers/wave-3.mdx': waveThree,
  'guides/logging-touchpoints.mdx': loggingGuide,
};

/** Its build, shared by every test file that reads it (outside any git repository). */
export const RICH_BUILD: BuildOptions = { name: 'rich', files: RICH_FILES, asOf: RICH_AS_OF, git: 'outside' };
