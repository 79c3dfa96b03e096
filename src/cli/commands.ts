// Every command of `playbook`: its name, what it is for, its help text, and how to load it. Only
// this file and main.ts are read to print help or to reject a mistyped command, so those answer
// at once; a command's own module (and the core behind it) is loaded only when it runs.
import { ACCOUNT_STAGES, PLAN_STATUSES, TOUCHPOINT_KINDS } from '../core/schema/values.ts';
import type { CliEnvironment } from './environment.ts';

export type Command = (argv: string[], io: CliEnvironment) => number | Promise<number>;

export interface CommandEntry {
  summary: string;
  usage: string;
  load: () => Promise<Command>;
}

/** The title of the one issue `publish-issue` keeps up to date. */
export const ISSUE_TITLE = 'Playbook: overdue and stale';

/** The options every editing command takes. */
const EDIT_OPTIONS = `  --content DIR   the content folder (default: $PLAYBOOK_CONTENT_DIR, else ./content)
  --as-of DATE    today, for dates that must not be in the future (default: $PLAYBOOK_AS_OF, else today in the playbook's time zone)
  --dry-run       show the change as a diff, write nothing
`;

export const COMMANDS: Record<string, CommandEntry> = {
  check: {
    summary: 'validate the playbook and report what is overdue, stale or broken',
    usage: `Usage: playbook check [--content DIR] [--as-of YYYY-MM-DD]
                      [--format text|json|github|markdown] [--output FILE]
                      [--fail-on error|warning|notice|never]
                      [--base REF [--changed]]

Validates the playbook and reports overdue commitments, stale follow-ups and every other finding.
  --content DIR   the content folder (default: $PLAYBOOK_CONTENT_DIR, else ./content)
  --as-of DATE    judge as of this day (default: $PLAYBOOK_AS_OF, else today in the playbook's time zone)
  --format F      text (default), json, github (workflow commands) or markdown (a job summary)
  --output FILE   write the report to FILE instead of standard output
  --fail-on S     exit 1 when a finding is at or above S (default: error); never: always exit 0
  --base REF      also compare with the content at git REF (a pull request's base, such as
                  origin/main), at the stricter of REF's rule levels and the change's: a
                  commitment's or milestone's due moved without a slip; a commitment, milestone
                  or plan deleted; a touchpoint, slip, drop, addition or incident changed or
                  removed; an item added to a signed plan without \`added\`; a touchpoint logged
                  late. A file that could not be compared gets a warning saying so
  --changed       with --base: report only findings in files changed since REF

In a git repository with a CODEOWNERS file, also warns when it is out of date (playbook codeowners).
`,
    load: async () => (await import('./check.ts')).runCheck,
  },
  init: {
    summary: 'start a new playbook repository: content, site, workflows, editor settings',
    usage: `Usage: playbook init [DIR] [--company NAME] [--time-zone ZONE] [--person NAME]...
                     [--empty] [--package-spec SPEC] [--yes] [--force]

Writes a new playbook repository in DIR (default: the current folder), ready for \`npm install\`,
\`npx playbook check\` and \`npm run build\`: package.json depending on followthrough,
astro.config.mjs, content/ (playbook.yaml, people.yaml and an example account with a plan), the
GitHub workflows, VS Code settings, and a README for the team. At a terminal it asks for what
the flags leave out; otherwise (or with --yes) it uses the flags and the defaults.
A repository GitHub just made is fine: its LICENSE is kept, .gitignore gets the lines it lacks,
and a README of your own is kept (the guide goes to PLAYBOOK.md; GitHub's one-line stub is
replaced). Any other file, or one it would replace, needs --force.
  --company NAME      the company (default: from DIR's name)
  --time-zone ZONE    the IANA time zone whose date is "today" (default: this machine's)
  --person NAME       one of the first people: "Jane Doe" (id jane-doe) or jane:"Jane Doe";
                      repeat for more; the first owns the example account; at least one is
                      needed (at a terminal it is asked for)
  --empty             no example account and plan
  --package-spec SPEC what package.json depends on (default: ^ this version); a tarball path
                      or a git URL to try an unreleased version
  --yes, -y           ask nothing
  --force             write into a folder that has files: each one it replaces is named and
                      kept as <file>.bak; an existing playbook's content/ is left as it is

Example:
  npx playbook init acme-playbook --company "Acme Field Services" --time-zone America/Toronto \\
    --person "Jane Doe" --person kim:"Kim Lee"
`,
    load: async () => (await import('./init.ts')).runInit,
  },
  new: {
    summary: 'create an account, plan or guide from a template',
    usage: `Usage: playbook new account <account> --name NAME --owner ID [--stage STAGE] [--since DATE]
                                    [--team ID]... [--contact NAME]...
       playbook new plan <account>/<plan> --title TITLE --owner ID --kickoff DATE
                                    [--status STATUS] [--target DATE]
       playbook new guide <guide> --title TITLE [--summary TEXT] [--owner ID]
                                    [--review-by DATE] [--tag TAG]...

Creates an account plan, an implementation action plan or a guide from a template that passes
\`playbook check\` as it stands. A plan's template holds the letter of agreement and the handoff
checklist of playbook.yaml, ready to fill in. At a terminal, it asks for whatever the flags leave
out; otherwise the flags marked without [ ] are required.
  --stage STAGE   ${ACCOUNT_STAGES.join(' | ')} (default: prospect)
  --since DATE    when the relationship started (default: today)
  --status S      ${PLAN_STATUSES.join(' | ')} (default: draft)
${EDIT_OPTIONS}
Examples:
  playbook new account northwind --name "Northwind Logistics" --owner jane-doe --contact "Bob Smith"
  playbook new plan northwind/scanner-rollout --title "Scanner rollout" --owner kim-lee --kickoff 2026-12-01
  playbook new guide handing-over --title "Handing a deal to delivery" --owner jane-doe
`,
    load: async () => (await import('./new.ts')).runNew,
  },
  add: {
    summary: 'add a commitment or milestone to a plan (after signing: with who agreed, and why)',
    usage: `Usage: playbook add <account>/<plan> commitment --id ID --what TEXT --owner NAME --due DATE
                     [--milestone ID] [--after ID]... [--chaser ID] [--internal]
                     [--told NAME --reason TEXT [--date DATE]]
       playbook add <account>/<plan> milestone --id ID --title TEXT --due DATE [--owner ID]
                     [--told NAME --reason TEXT [--date DATE]]

Adds a commitment or a milestone at the end of the plan's \`commitments:\` or \`milestones:\`.
Once both sides have signed the plan's letter of agreement, a new item is work added under the
client's signature: --told and --reason are then required, and recorded as
\`added: { date, told, reason }\`. Before signing, the item is part of the scope both sides will
sign, and they are refused. An internal commitment never needs them.
  --id ID          a kebab-case id, unique among the plan's commitments and milestones
  --what TEXT      what is promised (a commitment)
  --title TEXT     what is reached (a milestone)
  --owner NAME     a commitment's owner: a person id (our side) or a contact's name (the
                   client's side); a milestone's: a person id, who on our side answers for it
  --due DATE       when it is due
  --milestone ID   the milestone the commitment belongs to
  --after ID       a commitment it waits for; repeat for several
  --chaser ID      for the client's commitment: who on our side follows it up (default: the
                   plan's owner)
  --internal       between our own teams: never on the letter of agreement (owner: a person id)
  --told NAME      after signing: the contact of the account who agreed to the addition (for an
                   internal commitment, a colleague's person id may stand)
  --reason TEXT    after signing: why it was added
  --date DATE      when it was agreed (default: today); never after today, nor before the signing
${EDIT_OPTIONS}
Examples:
  playbook add northwind/scanner-rollout milestone --id wave-2 --title "Wave 2 live" --due 2027-02-15
  playbook add northwind/scanner-rollout commitment --id survey-hamilton --what "Survey the Hamilton warehouse" \\
    --owner omar-haddad --due 2026-12-15 --milestone wave-2 --told "Bob Smith" --reason "Bob asked for Hamilton"
`,
    load: async () => (await import('./add.ts')).runAdd,
  },
  log: {
    summary: 'append a touchpoint to an account',
    usage: `Usage: playbook log <account> --by ID --kind KIND [--with NAME]... [--note TEXT] [--date DATE]

Appends a touchpoint (a call, meeting, email, visit or governance review) to the account plan.
A touchpoint that names none of the account's contacts is internal: it keeps the team in the
know, but it is not a follow-up with the client.
  --by ID         who from our side: a person id from people.yaml
  --kind KIND     ${TOUCHPOINT_KINDS.join(' | ')} (a review is a governance review)
  --with NAME     who else was there: a contact of the account, by name, or one of our people,
                  by person id; repeat for several
  --note TEXT     what happened, in a sentence
  --date DATE     when (default: today); never after today
${EDIT_OPTIONS}
Examples:
  playbook log northwind --by jane-doe --with "Bob Smith" --kind call --note "Confirmed install dates"
  playbook log northwind --by omar-haddad --with jane-doe --kind meeting --note "Briefed Jane on the firmware"
`,
    load: async () => (await import('./log.ts')).runLog,
  },
  done: {
    summary: 'mark a commitment or milestone done',
    usage: `Usage: playbook done <account>/<plan>#<item> [--date DATE]

Marks a commitment kept, or a milestone reached: adds \`done: DATE\` to it.
  --date DATE     when (default: today); never after today
${EDIT_OPTIONS}
Example:
  playbook done northwind/scanner-rollout#install-scanners --date 2026-11-29
`,
    load: async () => (await import('./done.ts')).runDone,
  },
  drop: {
    summary: 'drop a commitment or milestone, with the reason and who was told',
    usage: `Usage: playbook drop <account>/<plan>#<item> --reason TEXT --told NAME [--date DATE]

Records that a commitment or milestone will not be kept, why, and who was told: adds
\`dropped: { date, reason, told }\` to it.
  --reason TEXT   why it is dropped
  --told NAME     the contact of the account who was told (for an internal commitment, a
                  colleague's person id may stand)
  --date DATE     when it was agreed (default: today); never after today
${EDIT_OPTIONS}
Example:
  playbook drop northwind/scanner-rollout#install-site-8 --reason "Client removed site 8" --told "Bob Smith"
`,
    load: async () => (await import('./drop.ts')).runDrop,
  },
  slip: {
    summary: 'move a commitment\'s or milestone\'s due date and record the slip',
    usage: `Usage: playbook slip <account>/<plan>#<item> --to DATE --told NAME --reason TEXT
                     [--workaround TEXT] [--date DATE]

Moves a commitment's or milestone's due date and records the slip in one step: the slip goes
from the current due date to the new one, so the history always chains.
  --to DATE          the new due date
  --told NAME        the contact of the account who was told (for an internal commitment, a
                     colleague's person id may stand)
  --reason TEXT      why it moved
  --workaround TEXT  what was agreed in the meantime
  --date DATE        when it was renegotiated (default: today); never after today
${EDIT_OPTIONS}
Example:
  playbook slip northwind/scanner-rollout#install-scanners --to 2026-11-30 --told "Bob Smith" \\
    --reason "Firmware incompatibility" --workaround "Ship on 2.1 and patch on site"
`,
    load: async () => (await import('./slip.ts')).runSlip,
  },
  sign: {
    summary: 'record a signature on a plan\'s letter of agreement',
    usage: `Usage: playbook sign <account>/<plan> [--customer NAME [--customer-title TEXT]]
                      [--us ID [--us-title TEXT]] [--date DATE] [--force]

Records who signed the plan's letter of agreement, and when: one signer for the customer, one
for us, or one of each per run, written \`{ by: ..., date: DATE, title: ... }\` under
\`agreement:\` (created if needed). Either side may have several signers: run \`playbook sign\`
once per further signer, and the side's signature becomes a list, \`customer: [{ ... }, { ... }]\`.
The agreement is signed once both sides have at least one signature.
  --customer NAME        a contact of the account who signed for the customer
  --customer-title TEXT  their role, such as "Operations director"
  --us ID                a person id (people.yaml) who signed for us
  --us-title TEXT        their role
  --date DATE            when (default: today); never after today
  --force                someone who already signed: correct the date or title of their signature
${EDIT_OPTIONS}
Examples:
  playbook sign northwind/scanner-rollout --customer "Bob Smith" --customer-title "Operations director" \\
    --us jane-doe --date 2026-11-18
  playbook sign northwind/scanner-rollout --customer "Ana O'Neil" --customer-title CFO --date 2026-11-19
`,
    load: async () => (await import('./sign.ts')).runSign,
  },
  handoff: {
    summary: 'date an item of a plan\'s handoff checklist',
    usage: `Usage: playbook handoff <account>/<plan> <item> [--date DATE] [--force]

Dates an item of the handoff checklist: adds \`<item>: DATE\` under the plan's \`handoff:\`
(creating it if needed). The item is an id of \`handoff_checklist\` in playbook.yaml.
  --date DATE     when it was done (default: today); never after today
  --force         change a date already recorded
${EDIT_OPTIONS}
Example:
  playbook handoff northwind/scanner-rollout delivery-briefed --date 2026-11-18
`,
    load: async () => (await import('./handoff.ts')).runHandoff,
  },
  schema: {
    summary: 'write the JSON Schemas editors use to validate and complete the YAML',
    usage: `Usage: playbook schema [--out DIR] [--check]

Writes JSON Schemas for playbook.yaml, people.yaml and the frontmatter of accounts, plans and
guides, generated from the checker's own schemas, for editors (in VS Code, the YAML extension
validates and completes playbook.yaml and people.yaml with them, and the remark extension checks
the MDX frontmatter with them through .remarkrc.mjs; see docs/authoring.md).
  --out DIR   where to write them (default: schemas)
  --check     write nothing; exit 1 when the schemas in DIR are missing or out of date
`,
    load: async () => (await import('./schema.ts')).runSchema,
  },
  report: {
    summary: 'what a person or an account owes, what is late, and promises kept over time',
    usage: `Usage: playbook report (--person ID | --account ID | --stale)
                       [--format text|markdown] [--content DIR] [--as-of YYYY-MM-DD] [--output FILE]
       playbook report --trend [--by side|person|team|account] [--weeks N]
                       [--format text|json|markdown] [--content DIR] [--as-of YYYY-MM-DD] [--output FILE]
       playbook report --incidents [--weeks N]
                       [--format text|json|markdown] [--content DIR] [--as-of YYYY-MM-DD] [--output FILE]

What someone owes and what is late, from the same model as \`check\` and the site.
  --person ID     a person of people.yaml: their open commitments, the milestones of their plans
                  that are late, and the follow-ups and reviews of the accounts they own
  --account ID    an account: what we owe, what the client owes, and what is late
  --stale         everything overdue or stale: the issue the scheduled workflow keeps open
  --format F      text (default: a table for the terminal) or markdown
  --content DIR   the content folder (default: $PLAYBOOK_CONTENT_DIR, else ./content)
  --as-of DATE    as of this day (default: $PLAYBOOK_AS_OF, else today in the playbook's time zone)
  --output FILE   write the report to FILE instead of standard output

Promise-keeping over time: the commitments of agreed, active and done plans, each counted in the
ISO week (Monday to Sunday) of the date first agreed, as kept, kept late, late or dropped; the
on-time rate per week, and its change over the last 4 weeks against the 4 before.
  --trend         the on-time rate per group and week, with a sparkline per group
  --by G          side (default: ours, the client's, internal), person (the owner), team
                  (people.yaml's; the client's items in "client", our people without one in
                  "no-team"; internal items with their owner's team) or account
  --weeks N       how many weeks, ending with the one that holds today (default: 13)
  --incidents     incidents by cause (ours, client, third-party, unknown) per week, and each
                  cause's share
  --format F      text (default), json (the contract's shape) or markdown (a job summary)

Example:
  playbook report --trend --by team --format markdown --output trend.md
`,
    load: async () => (await import('./report.ts')).runReport,
  },
  build: {
    summary: 'build the site (or a client\'s) into dist/, with its search index',
    usage: `Usage: playbook build [--content DIR] [--as-of YYYY-MM-DD] [--out DIR]
       playbook build --client <account>|all [--content DIR] [--as-of YYYY-MM-DD] [--out DIR]

Checks the playbook, builds its site with Astro (astro.config.mjs) and indexes it for search into
<out>/pagefind/; a structural finding stops the build, printed as \`playbook check\` prints it.
Astro logs only warnings and errors, unless PLAYBOOK_BUILD_LOG=info.
  --content DIR   the content folder (default: $PLAYBOOK_CONTENT_DIR, else ./content)
  --as-of DATE    the day the site is built for (default: $PLAYBOOK_AS_OF, else today in the playbook's time zone)
  --out DIR       where to write it (default: dist, or dist-client with --client)
  --client ID     build the site to share with this client instead: one folder per account in
                  <out>/<account>/; repeat it or separate ids with commas; \`all\` for every account
`,
    load: async () => (await import('./build.ts')).runBuild,
  },
  codeowners: {
    summary: 'write CODEOWNERS: each account\'s folder to its owner and team',
    usage: `Usage: playbook codeowners [--content DIR] [--as-of YYYY-MM-DD] [--output FILE] [--check]

Writes CODEOWNERS so that GitHub asks each account's owner and team (their \`github\` handles in
people.yaml) to review changes to the account's folder. Only the block between the
"# BEGIN playbook accounts" and "# END playbook accounts" lines is the playbook's: the rest of
the file is kept as it is. Paths are from the repository's root.
  --content DIR   the content folder (default: $PLAYBOOK_CONTENT_DIR, else ./content)
  --as-of DATE    accepted as by the other commands (default: $PLAYBOOK_AS_OF), and checked to be
                  a date; CODEOWNERS does not depend on the day
  --output FILE   the file to write (default: the repository's CODEOWNERS, in .github/, the root
                  or docs/ as GitHub looks for it; else .github/CODEOWNERS); - for standard output
  --check         write nothing; exit 1 when the file is missing or out of date
`,
    load: async () => (await import('./codeowners.ts')).runCodeowners,
  },
  'publish-issue': {
    summary: 'keep one GitHub issue listing what is overdue and stale',
    usage: `Usage: playbook publish-issue [--title TEXT] [--content DIR] [--as-of YYYY-MM-DD] [--dry-run]

Keeps one open GitHub issue listing what is overdue and stale (\`report --stale --format markdown\`):
opens it when something is late and none is open, edits it in place, closes it when nothing is.
Reads GITHUB_TOKEN (or GH_TOKEN) and GITHUB_REPOSITORY (owner/name), and GITHUB_API_URL on GitHub
Enterprise; in GitHub Actions the job needs \`permissions: issues: write\`.
  --title TEXT    the issue's fixed title (default: "${ISSUE_TITLE}")
  --dry-run       print the issue's body and call nothing
`,
    load: async () => {
      const { runPublishIssue } = await import('./publish-issue.ts');
      return (argv, io) => runPublishIssue(argv, io);
    },
  },
};

/** The options a command takes, as its help text lists them: `--content`, `--as-of`... */
export function optionsOf(name: string): string[] {
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return entry ? [...new Set(entry.usage.match(/--[a-z][a-z-]*/g) ?? [])] : [];
}
