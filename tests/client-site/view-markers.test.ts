// The projection the client's site is built from, for the marker playbook: no marker in it at
// all, before any page is rendered (no-leak.test.ts checks the built files).
import { describe, expect, it } from 'vitest';
import { clientView } from '../../src/core/client/client-view.ts';
import { createPlaybook, runCheck } from '../helpers/playbook-fixture.ts';
import { AS_OF, CLIENT, FILES, MARKERS, OTHER } from './marker-playbook.ts';

describe('clientView of the marker playbook', () => {
  const { model, findings } = runCheck(createPlaybook(FILES, { defaults: false }), { asOf: AS_OF });
  const json = JSON.stringify(clientView(model, CLIENT));

  it('is a valid playbook: nothing structural to stop a build', () => {
    expect(findings.filter((f) => ['schema', 'unknown-reference', 'duplicate-id', 'dependency-cycle'].includes(f.rule))).toEqual([]);
  });

  it.each(Object.entries(MARKERS))('never carries %s', (_, marker) => {
    expect(json.toLowerCase()).not.toContain(marker.toLowerCase());
  });

  it("carries the other account's plan in that account's view only", () => {
    expect(JSON.stringify(clientView(model, OTHER))).toContain(MARKERS.otherWhat);
  });
});
