// /commitments.json, for other tools: a commitment added after the agreement was signed says so,
// with the date, who on the client's side agreed and why, as the plan page and the letter do. A
// tool reading the feed could not tell the signed scope from what was added to it.
import { describe, expect, it } from 'vitest';
import { commitmentsJson } from '../../src/site/commitments-json.ts';
import { COMMITMENTS_SCHEMA } from '../../src/site/commitments-schema.ts';
import type { SitePlaybook } from '../../src/site/playbook.ts';
import { plan, PLAN_PATH, runCheck, text } from '../helpers/playbook-fixture.ts';

const FILES = {
  [PLAN_PATH]: plan(text`
    commitments:
      - id: signed
        what: In the signed scope
        owner: kim-lee
        due: 2026-12-10
      - id: extra
        what: Survey the new warehouse
        owner: kim-lee
        due: 2026-12-15
        added: { date: 2026-11-10, told: Bob Smith, reason: Bob asked for it }
  `),
};

describe('/commitments.json', () => {
  const json = commitmentsJson(runCheck(FILES) as SitePlaybook);
  const byId = (id: string) => json.commitments.find((c) => c.id === id)!;

  it('says which commitments were added after signing, when, who agreed and why', () => {
    expect(byId('extra')).toMatchObject({ added: { date: '2026-11-10', told: 'Bob Smith', reason: 'Bob asked for it' } });
    expect(byId('signed')).toMatchObject({ added: null });
  });

  it('describes `added` in its published schema', () => {
    const properties = COMMITMENTS_SCHEMA.properties.commitments.items.properties as Record<string, unknown>;
    expect(properties.added).toBeDefined();
  });
});
