// Validating a document keeps what can be kept and numbers each list entry by its place in the
// YAML. The parsed values are validated where they lie (schema/in-place.ts): a part with a problem
// is left exactly as written, for zod to report; a valid part may already be in its valid form.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/load/parse-yaml.ts';
import { validateDocument, withIndex } from '../../src/core/load/validate.ts';
import { PLAN_DOCUMENT } from '../../src/core/schema/documents.ts';
import type { PlanData } from '../../src/core/schema/index.ts';

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
  it('numbers the entries kept by their place in the YAML, and leaves the part with a problem as it was written', () => {
    const parsed = parseYaml(PLAN);
    if (!parsed.ok) throw new Error('the fixture does not parse');
    const before = structuredClone(parsed.data) as { commitments: unknown[] };
    const result = validateDocument<PlanData>(PLAN_DOCUMENT, parsed.data, ['milestones', 'commitments']);
    const commitments = withIndex(result.value!.commitments, result.kept.commitments);
    expect(commitments.map((commitment) => [commitment.id, commitment.index])).toEqual([
      ['ship-scanners', 0],
      ['train-staff', 2],
    ]);
    expect(result.issues.map((issue) => issue.path)).toEqual([['commitments', 1, 'due']]);
    const after = parsed.data as { commitments: unknown[] };
    expect(after.commitments[1]).toEqual(before.commitments[1]);
    expect(after.commitments).toHaveLength(3);
  });

  it('gives a valid document itself, in its valid form', () => {
    const parsed = parseYaml(PLAN.replace('due: next week', 'due: 2026-09-15'));
    if (!parsed.ok) throw new Error('the fixture does not parse');
    const result = validateDocument<PlanData>(PLAN_DOCUMENT, parsed.data, ['milestones', 'commitments']);
    expect(result.value).toBe(parsed.data);
    expect(result.value).toMatchObject({ handoff: {}, milestones: [], commitments: [{ after: [], slips: [] }, { after: [], slips: [] }, { after: [], slips: [] }] });
    // Every entry kept: no list is named, and each entry is numbered by its place.
    expect(result.kept).toEqual({});
    expect(withIndex(result.value!.commitments, result.kept.commitments).map((commitment) => commitment.index)).toEqual([0, 1, 2]);
  });
});
