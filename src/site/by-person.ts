// What each person's pages list from the whole playbook, grouped once per build rather than
// filtered out of everything on each of their pages: at 1,000 accounts (105 people, ~2,300
// dated findings, 30,000 commitments) filtering per page cost ~1.7 s of the build.
import type { CommitmentView } from '../core/model.ts';
import type { DatedFinding } from '../core/dated-findings.ts';
import { groupBy } from '../core/group-by.ts';
import { datedFindings } from './dated.ts';
import type { SitePlaybook } from './playbook.ts';

const NONE: readonly never[] = [];

function grouped<T>(cache: WeakMap<object, Map<string, T[]>>, model: object, build: () => Map<string, T[]>): Map<string, T[]> {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = build()));
  return found;
}

const findingsCache = new WeakMap<object, Map<string, DatedFinding[]>>();

/** The dated findings a person owns or chases, in the checker's order (as `datedFindings` lists them). */
export function personDatedFindings(playbook: Pick<SitePlaybook, 'model' | 'content' | 'findings'>, personId: string): readonly DatedFinding[] {
  const byPerson = grouped(findingsCache, playbook.model, () =>
    groupBy(datedFindings(playbook), ({ finding: { owner, chaser } }) => [...new Set([owner, chaser])].filter((id) => id !== undefined)),
  );
  return byPerson.get(personId) ?? NONE;
}

const commitmentsCache = new WeakMap<object, Map<string, CommitmentView[]>>();

/** The commitments of ours (our side's and internal) a person owns, in the model's order. */
export function ownCommitments(playbook: Pick<SitePlaybook, 'model'>, personId: string): readonly CommitmentView[] {
  const byOwner = grouped(commitmentsCache, playbook.model, () =>
    groupBy(
      playbook.model.commitments.filter((c) => c.side !== 'client'),
      (c) => c.ownerId,
    ),
  );
  return byOwner.get(personId) ?? NONE;
}
