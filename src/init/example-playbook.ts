// The content/ folder `playbook init` writes: settings, the first people and, unless --empty, one
// example account with one plan, dated from the day of init so that `playbook check` finds
// nothing on that day: the account was just called, the plan was signed and handed over that day
// and its dates are all ahead. It then ages as a real playbook does, with warnings and never an
// error: the kickoff falls overdue a week later, the account goes stale after two. The plan is
// signed so that a due date moved without a slip fails the pull request, as the README shows.
// It is to look at, and to delete before the first commit: once it is on main its plan is promises
// like any other, and a pull request may not delete them (vanished-commitment, history-rewritten),
// so the comment on its name, init's last words and the README all say so, before that commit.
// Each line a team will want to change carries a comment saying what it is.
import { addDays, type CalendarDate } from '../core/dates.ts';
import { scalar } from '../core/edit/render.ts';
import { ACCOUNT_STAGES, CONTENT_FORMAT, PLAN_STATUSES } from '../core/schema/values.ts';

export interface InitPerson {
  id: string;
  name: string;
}

export interface InitAnswers {
  company: string;
  timeZone: string;
  people: InitPerson[];
  /** No example account and plan. */
  empty: boolean;
}

/** The example's names, which the team's README uses in its examples too. */
export const EXAMPLE = { account: 'example-client', plan: 'first-project', contact: 'Alex Morgan', commitment: 'kickoff-workshop' } as const;

const SCHEMAS = '../node_modules/followthrough/schemas';

/** content/ path -> text. */
export function examplePlaybook(answers: InitAnswers, today: CalendarDate): Map<string, string> {
  const files = new Map<string, string>();
  files.set('playbook.yaml', playbookYaml(answers));
  files.set('people.yaml', peopleYaml(answers.people));
  if (!answers.empty) {
    const owner = answers.people[0]!.id;
    files.set(`accounts/${EXAMPLE.account}/index.mdx`, accountMdx(owner, today));
    files.set(`accounts/${EXAMPLE.account}/${EXAMPLE.plan}.mdx`, planMdx(owner, today));
  }
  return files;
}

function playbookYaml({ company, timeZone }: InitAnswers): string {
  return `# yaml-language-server: $schema=${SCHEMAS}/playbook.schema.json
format: ${CONTENT_FORMAT}                          # the content format (see followthrough's CHANGELOG when upgrading)
# ${company.replace(/\n/g, ' ')}: settings for the playbook.
# Changes here go through a pull request like any other change to the playbook.
title: ${scalar(`${company} playbook`)}
timezone: ${timeZone}${' '.repeat(Math.max(1, 25 - timeZone.length))}# whose date is "today"
follow_up_every: 2w                # nobody goes two weeks without hearing from us
owner_touch_every: 4w              # and each account's owner talks to the client themselves this often
remind_before: 1d                  # calendar reminders the day before
handoff_checklist:                 # what sales hands to delivery, dated in each plan's handoff:
  delivery-briefed: Delivery team briefed on what was sold, what was promised and what was not
  expectations-set: Expectations, training plan and break-in period agreed with the client
  roles-agreed: Who does what by when agreed by both sides and written into the plan
rules:
  # Late promises and quiet accounts show on the dashboard and in the reminders issue; they do
  # not block a pull request. Errors do: broken content (a field, a reference, a cycle), a date
  # after today, a date moved or work added without the client told, a promise or log deleted.
  overdue: warning
  stale-follow-up: warning
# repository:                      # links from each page to its file on GitHub
#   url: https://github.com/OWNER/REPOSITORY
#   branch: main
#   content_path: content
`;
}

function peopleYaml(people: InitPerson[]): string {
  let text = `# yaml-language-server: $schema=${SCHEMAS}/people.schema.json
# Our own team. The key is the person id used everywhere else in the playbook.
# Add role, team, email and github (the GitHub user name, for CODEOWNERS) as you go.
`;
  for (const person of people) text += `\n${person.id}:\n  name: ${scalar(person.name)}\n`;
  return text;
}

function accountMdx(owner: string, today: CalendarDate): string {
  return `---
name: Example Client                # an example to look at: delete this folder before your first commit
owner: ${owner}
stage: onboarding                   # ${ACCOUNT_STAGES.join(' | ')}
since: ${today}
team: [${owner}]
contacts:
  - name: ${EXAMPLE.contact}
    role: Operations manager
touchpoints:
  - date: ${today}
    by: ${owner}
    with: [${EXAMPLE.contact}]
    kind: call
    note: Agreed to start with a kickoff workshop.
---

## Who they are

One paragraph on the client: what they do, where, and who decides.

## What we sold

## What matters to them
`;
}

function planMdx(owner: string, today: CalendarDate): string {
  return `---
title: First project                 # an example implementation plan
owner: ${owner}
status: active                      # ${PLAN_STATUSES.join(' | ')}
kickoff: ${addDays(today, 7)}
target: ${addDays(today, 42)}
agreement:                          # the letter of agreement, signed by both sides: dates now move only with a slip
  customer: { by: ${EXAMPLE.contact}, date: ${today} }
  us: { by: ${owner}, date: ${today} }
handoff:                            # the handoff checklist of playbook.yaml, dated as items are done
  delivery-briefed: ${today}
  expectations-set: ${today}
  roles-agreed: ${today}
milestones:
  - id: live
    title: Live at the first site
    due: ${addDays(today, 42)}
commitments:
  - id: ${EXAMPLE.commitment}
    what: Run the kickoff workshop
    owner: ${owner}
    due: ${addDays(today, 7)}
  - id: site-access
    what: Give our team access to the first site
    owner: ${EXAMPLE.contact}                # the client's side: a contact of the account
    due: ${addDays(today, 14)}
    after: [${EXAMPLE.commitment}]
  - id: go-live
    what: Go live at the first site
    owner: ${owner}
    due: ${addDays(today, 42)}
    milestone: live
    after: [site-access]
---

## What was sold

## What was promised, and what was not
`;
}
