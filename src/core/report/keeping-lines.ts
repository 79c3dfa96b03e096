// One line per team on how it keeps its promises this week, for the scheduled reminders issue
// and `report --stale`: the on-time rate of the last 4 weeks and its change on the 4 weeks
// before, kept promises first, and an arrow with points rather than a colour.
import { CHANGE_WEEKS, type KeepingCounts, type TrendGroup } from '../model.ts';
import { countOf } from '../words.ts';
import { changeLabel, percent } from './rates.ts';

function dueCount(counts: KeepingCounts): number {
  return counts.kept + counts.keptLate + counts.late;
}

/** "50% on time in the last 4 weeks (1 of 2 kept by the date first agreed), ▲ +10 pts on the 4 weeks before". */
export function keepingSentence(group: TrendGroup): string {
  const { recent, previous, change } = group;
  if (recent.onTimeRate === null) return `nothing came due in the last ${CHANGE_WEEKS} weeks`;
  const rate = `${percent(recent.onTimeRate)} on time in the last ${CHANGE_WEEKS} weeks (${recent.kept} of ${countOf(dueCount(recent), 'promise')} kept by the date first agreed)`;
  if (change === null || previous.onTimeRate === null) return `${rate}; nothing came due in the ${CHANGE_WEEKS} weeks before to compare with`;
  return `${rate}, ${changeLabel(change)} on the ${CHANGE_WEEKS} weeks before`;
}

export const KEEPING_HEADING = 'Promise-keeping by team this week';
