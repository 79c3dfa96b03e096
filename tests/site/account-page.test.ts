// An account's page, for an account whose owner has not talked to the client themselves yet:
// delivery is in touch, so the account's last contact is a real one, but the owner's own line
// says the date is the account's start, none being logged (as the Last contact line does).
import { beforeAll, describe, expect, it } from 'vitest';
import { mdxFile, yamlFile } from '../helpers/playbook-text.ts';
import { buildSite, page, textOf, type SiteBuild } from './build-site.ts';

const AS_OF = '2026-11-22';
// One contact's name composed (NFC) in `contacts` and decomposed (NFD, as macOS input or a PDF
// writes it) in a touchpoint: escapes, so that no editor can make them one.
const JOSE = 'Jos\u00e9 N\u00fa\u00f1ez';
const JOSE_DECOMPOSED = 'Jose\u0301 Nu\u0301n\u0303ez';
let site: SiteBuild;
let later: SiteBuild;

const birch = (touchpoints: object[]) => ({
  'playbook.yaml': yamlFile({ title: 'Acme' }),
  'people.yaml': yamlFile({ 'jane-doe': { name: 'Jane Doe' }, 'kim-lee': { name: 'Kim Lee' } }),
  'accounts/birch/index.mdx': mdxFile({
    name: 'Birch Hardware',
    owner: 'jane-doe',
    stage: 'onboarding',
    since: '2026-09-01',
    contacts: [{ name: 'Lee Park' }, { name: JOSE }],
    touchpoints,
  }),
});
const call = { date: '2026-11-10', by: 'kim-lee', with: ['Lee Park'], kind: 'call', note: 'Install dates' };

beforeAll(async () => {
  // The same account again after more touchpoints were logged: one written above the first (an
  // earlier day), and a second call of the same day, person and kind below it.
  [site, later] = await Promise.all([
    buildSite({ name: 'owner-silent', asOf: AS_OF, git: 'outside', files: birch([call]) }),
    buildSite({
      name: 'owner-silent-later',
      asOf: AS_OF,
      git: 'outside',
      files: birch([{ date: '2026-10-01', by: 'kim-lee', with: ['Lee Park'], kind: 'email', note: 'Kickoff notes' }, call, { ...call, note: 'Called back' }, { date: '2026-11-11', by: 'jane-doe', with: [JOSE_DECOMPOSED], kind: 'visit', note: 'Next day' }]),
    }),
  ]);
  for (const build of [site, later]) if (build.status !== 0) throw new Error(`the site did not build:\n${build.stderr}`);
}, 600_000);

/** Each touchpoint row's anchor and the note it holds, as the page lists them. */
const rows = (build: SiteBuild) => [...page(build, '/accounts/birch/').matchAll(/<tr id="([^"]*)"[^>]*>[\s\S]*?data-label="Note">([^<]*)</g)].map((m) => [m[1], m[2]]);

describe("an account's page", () => {
  it("says the owner's own contact dates from the account's start, none logged, and the last contact is delivery's", () => {
    const text = textOf(page(site, '/accounts/birch/'));
    expect(text).toContain('Last contact 2026-11-10 (12 days ago)');
    expect(text).toContain('Jane Doe’s own contact Last 2026-09-01 (since; none with the client logged), next by 2026-09-29');
  });

  it('gives each touchpoint a row a link can point to, which stays the same when more touchpoints are logged', () => {
    expect(rows(site)).toEqual([['touchpoint-2026-11-10-kim-lee-call', 'Install dates']]);
    expect(rows(later)).toEqual([
      ['touchpoint-2026-11-11-jane-doe-visit', 'Next day'],
      ['touchpoint-2026-11-10-kim-lee-call-2', 'Called back'],
      ['touchpoint-2026-11-10-kim-lee-call', 'Install dates'],
      ['touchpoint-2026-10-01-kim-lee-email', 'Kickoff notes'],
    ]);
  });

  it('says how long the client waited before each touchpoint in words: "1 day", never "1 days"', () => {
    const gaps = [...page(later, '/accounts/birch/').matchAll(/data-label="Gap before">([^<]*)</g)].map((m) => m[1]!.trim());
    expect(gaps).toEqual(['1 day', '0 days', '40 days', '30 days']);
  });

  it('takes a contact named with decomposed accents for the contact: the touchpoint reaches the client, and names them as `contacts` write them', () => {
    const row = /<tr id="touchpoint-2026-11-11-jane-doe-visit" data-reaches-client="([^"]*)"[^>]*>[\s\S]*?data-label="With"><bdi>([^<]*)<\/bdi>/.exec(page(later, '/accounts/birch/'));
    expect(row?.slice(1)).toEqual(['yes', JOSE]);
  });
});
