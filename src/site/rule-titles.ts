// What each rule is called where people read the site: a plain heading ("Overdue commitments",
// "Clients nobody has called back"), not the rule's id. The id stays in the markup (data-rule, the
// anchor) for tools and tests; the command line keeps its ids.
export const RULE_TITLES: Readonly<Record<string, string>> = {
  schema: 'Content that cannot be read',
  'unknown-reference': 'Names that point nowhere',
  'duplicate-id': 'Ids used twice',
  'dependency-cycle': 'Commitments that wait for each other',
  'slip-undisclosed': 'Changes the client was not told about',
  'slip-mismatch': 'Moved dates that do not add up',
  'future-date': 'Things recorded before they happened',
  overdue: 'Overdue commitments',
  'milestone-overdue': 'Overdue milestones',
  'stale-follow-up': 'Clients nobody has called back',
  'owner-absent': 'Account owners out of touch with their client',
  'governance-overdue': 'Governance reviews overdue',
  'incident-unexplained': 'Incidents not yet explained to the client',
  'handoff-incomplete': 'Handoff checklists incomplete after kickoff',
  'agreement-unsigned': 'Letters of agreement not signed',
  'dependency-order': 'Commitments due before what they wait for',
  'closed-plan-open-items': 'Open commitments in closed plans',
  'due-soon': 'Commitments due soon',
  'handoff-late': 'Handoff items done after kickoff',
  'guide-review-due': 'Guides due for review',
  'silent-slip': 'Due dates moved without a recorded slip',
  'vanished-commitment': 'Commitments removed instead of closed',
  'history-rewritten': 'Records changed after the fact',
  'unagreed-addition': "Work added without the client's agreement",
  'backdated-touchpoint': 'Touchpoints logged long after the fact',
  'codeowners-stale': 'Code owners out of date',
};

/** The plain heading of a rule (its id, for a rule this list does not know). */
export function ruleTitle(id: string): string {
  return RULE_TITLES[id] ?? id;
}
