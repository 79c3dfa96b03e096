// Which group of `report --trend` a commitment is counted in, for each way of grouping. The
// contract names the groups; where it is silent (our people without a team, internal items by
// team) the choice is made here once, and the CLI, the site and the reminders issue all read it.
import { compareText } from '../findings.ts';
import type { Content } from '../content.ts';
import { ownerLabel, type CommitmentView, type Side } from './items.ts';

export const TREND_GROUPINGS = ['side', 'person', 'team', 'account'] as const;
export type TrendBy = (typeof TREND_GROUPINGS)[number];

/** The three sides, always listed, in this order. */
export const SIDES: readonly Side[] = ['ours', 'client', 'internal'];
export const SIDE_LABELS: Readonly<Record<Side, string>> = { ours: 'Our side', client: "The client's side", internal: 'Internal' };

/** The `team` group of the client's commitments (the contract's name for it). */
export const CLIENT_TEAM = 'client';
/** The `team` group of our people who have no `team` in people.yaml. */
export const NO_TEAM = 'no-team';

export interface TrendGroupRef {
  key: string;
  label: string;
  /** Sorts before `label`: our people before the client's contacts, teams before "No team" before the client. */
  rank: number;
}

/**
 * The group of one commitment.
 *
 * - `side`: ours, client or internal.
 * - `person`: the owner, a person id or the contact's name for the client's items (the owner
 *   answers for the date; the chaser only follows it up).
 * - `team`: the owner's `team` in people.yaml. Internal commitments count for the team of the
 *   person who made them (a promise to another of our teams is still that team's promise); our
 *   people without a team are in the group `no-team` ("No team"); the client's items in `client`.
 *   A team of ours called `client` or `no-team` is keyed `team:client`, `team:no-team`.
 * - `account`: the plan's account.
 */
export function trendGroupOf(by: TrendBy, commitment: CommitmentView, content: Pick<Content, 'people'>): TrendGroupRef {
  const client = commitment.side === 'client';
  switch (by) {
    case 'side':
      return { key: commitment.side, label: SIDE_LABELS[commitment.side], rank: SIDES.indexOf(commitment.side) };
    case 'person':
      return { key: commitment.ownerId, label: ownerLabel(commitment), rank: client ? 1 : 0 };
    case 'team': {
      if (client) return { key: CLIENT_TEAM, label: SIDE_LABELS.client, rank: 2 };
      const team = content.people.get(commitment.ownerId)?.team;
      if (team === undefined) return { key: NO_TEAM, label: 'No team', rank: 1 };
      // A team named like one of the report's own groups keeps a group, and a key, of its own.
      return { key: team === CLIENT_TEAM || team === NO_TEAM ? `team:${team}` : team, label: team, rank: 0 };
    }
    case 'account':
      return { key: commitment.plan.accountId, label: commitment.plan.account?.data.name ?? commitment.plan.accountId, rank: 0 };
  }
}

/** The groups every report lists even when nothing in them came due: the three sides. */
export function fixedGroups(by: TrendBy): TrendGroupRef[] {
  return by === 'side' ? SIDES.map((side, rank) => ({ key: side, label: SIDE_LABELS[side], rank })) : [];
}

export function compareGroups(a: TrendGroupRef, b: TrendGroupRef): number {
  return a.rank - b.rank || compareText(a.label, b.label) || compareText(a.key, b.key);
}
