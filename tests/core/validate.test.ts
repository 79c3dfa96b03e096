// Validating a document keeps what can be kept and numbers each list entry by its place in the
// YAML, on the validator's own objects: the values parsed from the YAML are never changed.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load/parse-yaml.ts';
import { validateDocument, withIndex } from '../../src/core/load/validate.ts';
import { planSchema, type PlanData } from '../../src/core/schema/index.ts';

const PLAN = `title: Scanner rollout
owner: kim-lee
status: active
kickoff: 2026-09-01
commitments:
  - id: ship-scanners
    what: Ship the scanners
    owner: kim-lee
    due: 2026-09-10
  - id: broken
    what: A commitment with a date that is not one
    owner: kim-lee
    due: next week
  - id: train-staff
    what: Train the staff
    owner: Bob Smith
    due: 2026-09-20
`;

describe('validating a document', () => {
  it('numbers the entries kept by their place in the YAML, and leaves the parsed YAML as it was', () => {
    const parsed = parseYaml(PLAN);
    if (!parsed.ok) throw new Error('the fixture does not parse');
    const before = structuredClone(parsed.data);
    const result = validateDocument<PlanData>(planSchema, parsed.data, ['milestones', 'commitments']);
    const commitments = withIndex(result.value!.commitments, result.kept.commitments);
    expect(commitments.map((commitment) => [commitment.id, commitment.index])).toEqual([
      ['ship-scanners', 0],
      ['train-staff', 2],
    ]);
    expect(parsed.data).toEqual(before);
  });
});
