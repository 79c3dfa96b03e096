// What each person's pages list from the whole playbook, grouped once per build rather than
// filtered out of everything on each of their pages: at 1,000 accounts (105 people, ~2,300
// dated findings, 30,000 commitments) filtering per page cost ~1.7 s of the build.
import type { CommitmentView } from '../core/model.ts';
import type { DatedFinding } from '../core/dated-findings.ts';
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
  const byPerson = grouped(findingsCache, playbook.model, () => {
    const groups = new Map<string, DatedFinding[]>();
    const add = (id: string | undefined, d: DatedFinding) => {
      if (id === undefined) return;
      const list = groups.get(id);
      if (list) list.push(d);
      else groups.set(id, [d]);
    };
    for (const d of datedFindings(playbook)) {
      add(d.finding.owner, d);
      if (d.finding.chaser !== d.finding.owner) add(d.finding.chaser, d);
    }
    return groups;
  });
  return byPerson.get(personId) ?? NONE;
}

const commitmentsCache = new WeakMap<object, Map<string, CommitmentView[]>>();

/** The commitments of ours (our side's and internal) a person owns, in the model's order. */
export function ownCommitments(playbook: Pick<SitePlaybook, 'model'>, personId: string): readonly CommitmentView[] {
  const byOwner = grouped(commitmentsCache, playbook.model, () => {
    const groups = new Map<string, CommitmentView[]>();
    for (const c of playbook.model.commitments) {
      if (c.side === 'client') continue;
      const list = groups.get(c.ownerId);
      if (list) list.push(c);
      else groups.set(c.ownerId, [c]);
    }
    return groups;
  });
  return byOwner.get(personId) ?? NONE;
}
