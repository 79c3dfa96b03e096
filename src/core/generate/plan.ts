// The content of one synthetic implementation action plan. Dates are laid out around `asOf` so
// that most promises were kept, a realistic minority is overdue, due soon or at risk, and nothing
// is an error: every done, slip and drop date is on or before `asOf`, every reference resolves,
// `after` points only at earlier commitments (so no cycles), and slips chain into the due date.
import type { Account } from './account.ts';
import { addDays, daysBetween, earliest, latest } from './days.ts';
import type { Random } from './random.ts';
import {
  CLIENT_COMMITMENTS, DROP_REASONS, MILESTONES, OUR_COMMITMENTS, RISKS, SLIP_REASONS, WORKAROUNDS,
} from './words.ts';

export type PlanStatus = 'draft' | 'agreed' | 'active' | 'done' | 'cancelled';

export interface Signature { by: string; date: string }
export interface Slip { date: string; from: string; to: string; told: string; reason: string; workaround?: string }
export interface Drop { date: string; reason: string; told: string }
export interface Milestone { id: string; title: string; due: string; done?: string }
export interface Commitment {
  id: string;
  what: string;
  owner: string;
  due: string;
  milestone?: string;
  after: string[];
  done?: string;
  risk?: string;
  dropped?: Drop;
  slips: Slip[];
}

export interface Plan {
  title: string;
  owner: string;
  status: PlanStatus;
  kickoff: string;
  target: string;
  breakInUntil?: string;
  agreement: { customer?: Signature; us?: Signature };
  handoff: [item: string, date: string][];
  milestones: Milestone[];
  commitments: Commitment[];
}

export interface PlanInput {
  account: Account;
  title: string;
  asOf: string;
  checklist: readonly string[];
  commitments: number;
}

/** The plan's status, in keeping with the account's stage. */
function pickStatus(rng: Random, account: Account): PlanStatus {
  if (account.stage === 'prospect') return rng.chance(0.7) ? 'draft' : 'agreed';
  if (account.stage === 'closed') return rng.chance(0.7) ? 'done' : 'cancelled';
  return rng.weighted<PlanStatus>({ active: 45, agreed: 20, done: 13, draft: 12, cancelled: 10 });
}

/** Kickoff and target for a status: drafts start later, done plans ended a while ago. */
function schedule(rng: Random, status: PlanStatus, asOf: string): { kickoff: string; target: string } {
  switch (status) {
    case 'draft': {
      const kickoff = addDays(asOf, rng.int(7, 60));
      return { kickoff, target: addDays(kickoff, rng.int(60, 240)) };
    }
    case 'agreed': {
      const kickoff = addDays(asOf, rng.int(-7, 30));
      return { kickoff, target: addDays(kickoff, rng.int(60, 240)) };
    }
    case 'active':
      return { kickoff: addDays(asOf, -rng.int(20, 240)), target: addDays(asOf, rng.int(14, 180)) };
    case 'done': {
      const target = addDays(asOf, -rng.int(10, 200));
      return { kickoff: addDays(target, -rng.int(60, 240)), target };
    }
    case 'cancelled': {
      const kickoff = addDays(asOf, -rng.int(40, 300));
      return { kickoff, target: addDays(kickoff, rng.int(90, 300)) };
    }
  }
}

/** A date spread evenly between two dates, `share` of the way (0..1), jittered by a few days. */
function between(rng: Random, from: string, to: string, share: number, jitter: number): string {
  return addDays(from, Math.round(daysBetween(from, to) * share) + rng.int(-jitter, jitter));
}

export function makePlan(rng: Random, input: PlanInput): Plan {
  const { account, asOf } = input;
  const status = pickStatus(rng, account);
  const { kickoff, target } = schedule(rng, status, asOf);
  const started = kickoff <= asOf;
  // When a cancelled plan stopped: after kickoff, before today.
  const cancelledOn =
    status === 'cancelled' ? addDays(asOf, -rng.int(3, Math.min(60, daysBetween(kickoff, asOf) - 10))) : undefined;
  const contact = () => rng.pick(account.contacts).name;
  const ourPeople = [...account.team, account.owner];
  const planOwner = rng.pick(account.team);

  // The letter of agreement: signed before kickoff (never after today) on plans that promise.
  const agreement: Plan['agreement'] = {};
  const signedOn = earliest(asOf, addDays(kickoff, -rng.int(3, 25)));
  const customer = { by: contact(), date: earliest(asOf, addDays(signedOn, rng.int(0, 3))) };
  const us = { by: account.owner.id, date: signedOn };
  if (status === 'draft') {
    if (rng.chance(0.3)) agreement.us = us;
  } else if (rng.chance(0.93)) {
    Object.assign(agreement, { customer, us });
  } else if (rng.chance(0.5)) {
    agreement.us = us; // the client has not signed yet: `agreement-unsigned`
  } else {
    agreement.customer = customer;
  }

  // The handoff checklist: complete before kickoff, with the odd item forgotten.
  let items = [...input.checklist];
  if (status === 'draft') items = rng.chance(0.5) ? [] : rng.sample(items, rng.int(0, items.length));
  else if (rng.chance(0.12)) items = rng.sample(items, items.length - 1);
  const handoff = input.checklist
    .filter((item) => items.includes(item))
    .map((item): [string, string] => [item, earliest(asOf, addDays(kickoff, -rng.int(0, 14)))]);

  // Milestones in their natural order, spread from kickoff to target (the last one on target).
  const picked = rng.sample(MILESTONES.map((_, i) => i), rng.int(3, 4)).sort((a, b) => a - b);
  let previousDue = kickoff;
  const milestones = picked.map((index, i): Milestone => {
    const template = MILESTONES[index]!;
    const last = i === picked.length - 1;
    const due = last ? target : latest(previousDue, between(rng, kickoff, target, (i + 1) / picked.length, 5));
    previousDue = due;
    const cutoff = cancelledOn ?? asOf;
    const kept = status === 'done' || (status !== 'draft' && due < cutoff && rng.chance(0.9));
    return { ...template, due, ...(kept ? { done: earliest(asOf, addDays(due, rng.int(-5, 3))) } : {}) };
  });

  const commitments = makeCommitments(rng, input, { status, kickoff, target, started, cancelledOn, ourPeople, milestones, contact });
  return {
    title: input.title,
    owner: planOwner.id,
    status,
    kickoff,
    target,
    ...(rng.chance(0.4) ? { breakInUntil: addDays(target, rng.int(14, 60)) } : {}),
    agreement,
    handoff,
    milestones,
    commitments,
  };
}

interface PlanFrame {
  status: PlanStatus;
  kickoff: string;
  target: string;
  started: boolean;
  cancelledOn: string | undefined;
  ourPeople: { id: string }[];
  milestones: Milestone[];
  contact: () => string;
}

function makeCommitments(rng: Random, input: PlanInput, frame: PlanFrame): Commitment[] {
  const { asOf } = input;
  const { status, kickoff, target, started, cancelledOn, milestones, contact } = frame;
  const ours = rng.sample(OUR_COMMITMENTS, OUR_COMMITMENTS.length);
  const theirs = rng.sample(CLIENT_COMMITMENTS, CLIENT_COMMITMENTS.length);
  const usedIds = new Set<string>();
  const result: Commitment[] = [];
  let previousDue = kickoff;

  for (let i = 0; i < input.commitments; i++) {
    const ourSide = rng.chance(0.62);
    const pool = ourSide ? ours : theirs;
    const template = pool[i % pool.length]!;
    let id: string = template.id;
    let what: string = template.what;
    for (let round = 2; usedIds.has(id); round++) {
      id = `${template.id}-${round}`;
      what = `${template.what} (round ${round})`;
    }
    usedIds.add(id);

    // Due dates rise with the index, so an `after` (always an earlier one) is due first.
    let due = latest(previousDue, between(rng, kickoff, target, (i + 1) / (input.commitments + 1), 4));
    // Pull the odd one due next week in to today or tomorrow: the `due-soon` reminders.
    const soon = addDays(asOf, rng.int(0, 1));
    if (due > soon && due <= addDays(asOf, 6) && soon >= previousDue && rng.chance(0.35)) due = soon;
    previousDue = due;

    const commitment: Commitment = {
      id,
      what,
      owner: ourSide ? rng.pick(frame.ourPeople).id : contact(),
      due,
      after: i > 0 && rng.chance(0.45) ? rng.sample(result.slice(Math.max(0, i - 3)).map((c) => c.id), rng.int(1, 2)) : [],
      slips: [],
    };
    if (rng.chance(0.75)) commitment.milestone = (milestones.find((m) => m.due >= due) ?? milestones.at(-1)!).id;
    if (status !== 'draft' && started && rng.chance(0.15)) commitment.slips = slips(rng, due, kickoff, asOf, contact);
    settle(rng, commitment, { status, asOf, kickoff, started, cancelledOn, contact });
    result.push(commitment);
  }
  return result;
}

/** 1-3 slips that chain: each `from` is the previous `to`, and the last `to` is the due date. */
function slips(rng: Random, due: string, kickoff: string, asOf: string, contact: () => string): Slip[] {
  const dates = [due];
  // Walk back from the due date to the original one, which stays after kickoff.
  for (let i = rng.int(1, 3); i > 0; i--) {
    const original = addDays(dates[0]!, -rng.int(5, 21));
    if (original <= kickoff) break;
    dates.unshift(original);
  }
  const count = dates.length - 1;
  const result: Slip[] = [];
  let previous = kickoff; // renegotiated after kickoff, in order, and never after today
  for (let i = 0; i < count; i++) {
    const from = dates[i]!;
    const date = latest(previous, earliest(asOf, addDays(from, -rng.int(0, 5))));
    previous = date;
    result.push({
      date,
      from,
      to: dates[i + 1]!,
      told: contact(),
      reason: rng.pick(SLIP_REASONS),
      ...(rng.chance(0.6) ? { workaround: rng.pick(WORKAROUNDS) } : {}),
    });
  }
  return result;
}

interface SettleFrame {
  status: PlanStatus;
  asOf: string;
  kickoff: string;
  started: boolean;
  cancelledOn: string | undefined;
  contact: () => string;
}

/** Decides whether a commitment was kept, dropped or is still open, and dates it. */
function settle(rng: Random, c: Commitment, f: SettleFrame): void {
  const past = c.due < f.asOf;
  let outcome: 'done' | 'dropped' | 'open';
  switch (f.status) {
    case 'draft':
      outcome = 'open';
      break;
    case 'done':
      outcome = rng.chance(0.92) ? 'done' : 'dropped';
      break;
    case 'cancelled':
      // Kept before the plan stopped; dropped when it stopped, bar the odd one left open.
      outcome = c.due < f.cancelledOn! ? (rng.chance(0.85) ? 'done' : 'dropped') : rng.chance(0.95) ? 'dropped' : 'open';
      break;
    default:
      outcome = past
        ? rng.weighted({ done: 82, dropped: 5, open: 13 })
        : f.started
          ? rng.weighted({ done: 7, dropped: 3, open: 90 })
          : 'open';
  }

  // Nothing is settled before kickoff, before its last slip, or after today.
  const floor = latest(f.kickoff, c.slips.at(-1)?.date ?? f.kickoff);
  const settleOn = (date: string) => earliest(f.asOf, latest(floor, date));
  if (outcome === 'done') {
    c.done = settleOn(past ? addDays(c.due, rng.int(-6, 1)) : addDays(f.asOf, -rng.int(0, 10)));
  } else if (outcome === 'dropped') {
    const date = f.cancelledOn && c.due >= f.cancelledOn ? f.cancelledOn : addDays(c.due, -rng.int(0, 20));
    c.dropped = { date: settleOn(date), reason: rng.pick(DROP_REASONS), told: f.contact() };
  } else if (rng.chance(past ? 0.3 : 0.12)) {
    c.risk = rng.pick(RISKS);
  }
}
