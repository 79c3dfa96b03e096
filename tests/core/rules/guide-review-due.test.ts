// guide-review-due: a guide whose `review_by` is before today.
import { describe, expect, it } from 'vitest';
import { findingsOfRule, mdxText } from '../../helpers/playbook-fixture.ts';

const GUIDE = 'guides/handing-over.mdx';

/** `review_by:` is on line 4, its value at column 12. */
const guide = (reviewBy: string, owner = 'owner: jane-doe') => mdxText`
  title: Handing a deal to delivery
  ${owner}
  review_by: ${reviewBy}
  tags: [handoff]
`;

describe('guide-review-due', () => {
  it.each([
    ['yesterday', '2026-11-21', '2026-11-21 (yesterday)'],
    ['a month ago', '2026-10-22', '2026-10-22 (31 days ago)'],
  ])('reports a guide whose review_by was %s, at review_by, with its owner', (_, reviewBy, said) => {
    expect(findingsOfRule('guide-review-due', { [GUIDE]: guide(reviewBy) })).toEqual([
      {
        rule: 'guide-review-due',
        severity: 'notice',
        file: GUIDE,
        line: 4,
        column: 12,
        subject: 'guides/handing-over',
        owner: 'jane-doe',
        message: `The guide Handing a deal to delivery was due for review on ${said}; reread it and move \`review_by\`; owner Jane Doe`,
      },
    ]);
  });

  it.each(['2026-11-22', '2026-11-23'])('does not report a guide to review by %s (today or later)', (reviewBy) => {
    expect(findingsOfRule('guide-review-due', { [GUIDE]: guide(reviewBy) })).toEqual([]);
  });

  it('does not report a guide without review_by', () => {
    expect(findingsOfRule('guide-review-due', { [GUIDE]: mdxText`
      title: Handing a deal to delivery
    ` })).toEqual([]);
  });

  it('reports a guide without an owner with no owner field and no owner in the message', () => {
    const [finding, ...rest] = findingsOfRule('guide-review-due', { [GUIDE]: guide('2026-11-21', '# nobody owns this guide') });
    expect(rest).toEqual([]);
    expect(finding).not.toHaveProperty('owner');
    expect(finding!.message).toBe('The guide Handing a deal to delivery was due for review on 2026-11-21 (yesterday); reread it and move `review_by`');
  });
});
