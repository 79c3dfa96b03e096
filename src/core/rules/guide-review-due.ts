import { dateWithDistance, personName } from './describe.ts';
import { isReviewOverdue } from '../model/status.ts';
import type { Rule } from './rule.ts';

/** A guide whose `review_by` is before today. */
export const guideReviewDue: Rule = {
  id: 'guide-review-due',
  severity: 'notice',
  description: 'A guide whose `review_by` is before today',
  check({ model, content, asOf, report }) {
    for (const guide of model.guides) {
      const reviewBy = guide.data.review_by;
      if (reviewBy === undefined || !isReviewOverdue(reviewBy, asOf)) continue;
      report({
        file: guide.file,
        path: ['review_by'],
        subject: guide.id,
        owner: guide.data.owner,
        message: `The guide ${guide.data.title} was due for review on ${dateWithDistance(reviewBy, asOf)}; reread it and move \`review_by\`${guide.data.owner ? `; owner ${personName(content, guide.data.owner)}` : ''}`,
      });
    }
  },
};
