// `chaser` names who on our side follows up a client's commitment. On our own or an internal
// commitment it means nothing (its owner follows it up), so it is a `schema` error there. Whose a
// commitment is depends on people.yaml, which is why this is checked once everything is loaded.
import type { Content } from '../content.ts';
import type { Finding } from '../findings.ts';
import { finding } from './schema-problems.ts';

export function misplacedChasers(content: Content): Finding[] {
  if (content.peopleUnreadable) return [];
  const findings: Finding[] = [];
  for (const plan of content.plans) {
    for (const commitment of plan.commitments) {
      if (commitment.chaser === undefined) continue;
      const internal = commitment.internal === true;
      if (!internal && !content.personIds.has(commitment.owner)) continue;
      const whose = internal ? 'this one is internal, and its owner follows it up' : `this one is owned by \`${commitment.owner}\`, one of our people, who follows it up`;
      findings.push(
        finding(plan.file, ['commitments', commitment.index, 'chaser'], 'key', `${plan.id}#${commitment.id}`, `commitment ${commitment.id}: \`chaser\` is only for the client's commitments; ${whose}. Remove \`chaser\``),
      );
    }
  }
  return findings;
}
