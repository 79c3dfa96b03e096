// An account's page, for an account whose owner has not talked to the client themselves yet:
// delivery is in touch, so the account's last contact is a real one, but the owner's own line
// says the date is the account's start, none being logged (as the Last contact line does).
import { beforeAll, describe, expect, it } from 'vitest';
import { mdxFile, yamlFile } from '../helpers/playbook-text.ts';
import { buildSite, page, textOf, type SiteBuild } from './build-site.ts';

const AS_OF = '2026-11-22';
let site: SiteBuild;

beforeAll(async () => {
  site = await buildSite({
    name: 'owner-silent',
    asOf: AS_OF,
    git: 'outside',
    files: {
      'playbook.yaml': yamlFile({ title: 'Acme' }),
      'people.yaml': yamlFile({ 'jane-doe': { name: 'Jane Doe' }, 'kim-lee': { name: 'Kim Lee' } }),
      'accounts/birch/index.mdx': mdxFile({
        name: 'Birch Hardware',
        owner: 'jane-doe',
        stage: 'onboarding',
        since: '2026-09-01',
        contacts: [{ name: 'Lee Park' }],
        touchpoints: [{ date: '2026-11-10', by: 'kim-lee', with: ['Lee Park'], kind: 'call' }],
      }),
    },
  });
  if (site.status !== 0) throw new Error(`the site did not build:\n${site.stderr}`);
}, 600_000);

describe("an account's page", () => {
  it("says the owner's own contact dates from the account's start, none logged, and the last contact is delivery's", () => {
    const text = textOf(page(site, '/accounts/birch/'));
    expect(text).toContain('Last contact 2026-11-10 (12 days ago)');
    expect(text).toContain('Jane Doe’s own contact Last 2026-09-01 (since; none with the client logged), next by 2026-09-29');
  });
});
