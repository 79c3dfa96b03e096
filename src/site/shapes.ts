// Marker shapes for the timelines, one per status, so that a status reads from its shape as well
// as its colour (and from the <title> and the tables for screen readers).
import type { CommitmentStatus, MilestoneStatus } from '../core/model.ts';

/** An SVG path for a marker centred on (x, y). */
export function markerPath(status: CommitmentStatus | MilestoneStatus, x: number, y: number, r = 6): string {
  switch (status) {
    case 'overdue': // triangle
      return `M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`;
    case 'due-soon': // diamond
      return `M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`;
    case 'at-risk': // square
      return `M${x - r} ${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'dropped': // cross
      return `M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`;
    default: // circle: open (hollow) or done (filled), told apart by CSS class
      return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
}

/** Every commitment status, each with its shape (drawn once per timeline, in its defs). */
export const SHAPES = ['open', 'done', 'overdue', 'due-soon', 'at-risk', 'dropped'] as const satisfies readonly CommitmentStatus[];

/** A milestone's diamond, larger than a commitment's. */
export function milestonePath(x: number, y: number, r = 8): string {
  return `M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`;
}

export const LEGEND = [
  ['○', 'open'],
  ['●', 'done'],
  ['▲', 'overdue'],
  ['◆', 'due soon'],
  ['■', 'at risk'],
  ['✕', 'dropped'],
] as const;

/**
 * A milestone is always a diamond, larger than a commitment's, its fill telling its status: never
 * "due soon" nor "at risk" (core/model/status.ts milestoneStatus), so the legend has no such entry.
 */
export const MILESTONE_LEGEND = [
  ['◇', 'open'],
  ['◆', 'done (green)'],
  ['◆', 'overdue (red)'],
  ['◇', 'dropped (grey)'],
] as const;

/**
 * The timeline description's sentence of commitment statuses, for the build and, from the tables'
 * badges, for the reader's day (client/as-of.ts), so both say it in the same words.
 */
export function statusCounts(statuses: readonly string[], day: string): string {
  const count = (status: string) => statuses.filter((s) => s === status).length;
  return `${count('overdue')} overdue, ${count('due-soon')} due soon, ${count('at-risk')} at risk, ${count('done')} done, ${count('dropped')} dropped on ${day}.`;
}
