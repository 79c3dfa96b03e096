// The site fixture (fixture-playbook.ts) with what a reader would not expect: Omar Haddad's name
// written in Arabic, a milestone due the day after the build (2026-11-23), a review with
// Northwind written for 2026-11-25, three days after it (a future-date error until then), and
// Bob Smith's overdue order marked done on 2026-11-24, two days after it.
import type { BuildOptions } from './build-site.ts';
import { FIXTURE_AS_OF, FIXTURE_FILES } from './fixture-playbook.ts';

export const OMAR = 'عمر حداد';

const files: Record<string, string> = {
  ...FIXTURE_FILES,
  'people.yaml': FIXTURE_FILES['people.yaml']!.replace('name: Omar Haddad', `name: ${OMAR}`),
  // Northwind's last contact is 2026-10-20 (stale since 2026-11-03); a review with Bob Smith is
  // written for 2026-11-25, three days after the build.
  'accounts/northwind/index.mdx': FIXTURE_FILES['accounts/northwind/index.mdx']!.replace('    note: Steering committee\n', '    note: Steering committee\n  - date: 2026-11-25\n    by: jane-doe\n    with: [Bob Smith]\n    kind: review\n'),
  'accounts/northwind/rollout.mdx': FIXTURE_FILES['accounts/northwind/rollout.mdx']!.replace('  - id: go-live\n', '  - id: staff-trained\n    title: Staff trained on the scanners\n    owner: kim-lee\n    due: 2026-11-23\n  - id: go-live\n')
    .replace('    owner: Bob Smith\n    due: 2026-11-10\n', '    owner: Bob Smith\n    due: 2026-11-10\n    done: 2026-11-24\n'),
};

/** Shared with tests/e2e/touchpoint-ahead.test.ts, which reads it in a browser on a later day. */
export const READING_BUILD: BuildOptions = { name: 'reading-surprises', files, asOf: FIXTURE_AS_OF, git: 'outside' };
