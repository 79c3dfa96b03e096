// Word lists the synthetic playbook is assembled from. Varied enough that a thousand accounts
// do not read as one file copied a thousand times (search and the site see realistic text),
// and free of characters MDX treats specially (`{`, `}`, `<`).

export const FIRST_NAMES = [
  'Jane', 'Kim', 'Omar', 'Priya', 'Lucas', 'Amara', 'Diego', 'Mei', 'Tomas', 'Aisha',
  'Noah', 'Sofia', 'Ravi', 'Elena', 'Kwame', 'Hana', 'Marco', 'Leila', 'Owen', 'Ines',
  'Sam', 'Yuki', 'Felix', 'Nadia', 'Jonas', 'Carmen', 'Arjun', 'Freya', 'Malik', 'Zoe',
  'Bob', 'Grace', 'Victor', 'Lena', 'Hugo', 'Maya', 'Pavel', 'Rosa', 'Theo', 'Anika',
] as const;

export const LAST_NAMES = [
  'Doe', 'Lee', 'Haddad', 'Patel', 'Moreau', 'Okafor', 'Alvarez', 'Chen', 'Novak', 'Rahman',
  'Smith', 'Rossi', 'Iyer', 'Petrova', 'Mensah', 'Sato', 'Bianchi', 'Karimi', 'Walsh', 'Silva',
  'Berg', 'Tanaka', 'Fischer', 'Kowalski', 'Lindqvist', 'Ortega', 'Nair', 'Hansen', 'Diallo', 'Brooks',
  'Murphy', 'Kaur', 'Dubois', 'Yilmaz', 'Costa', 'Nguyen', 'Schmidt', 'Reyes', 'Ahmed', 'Larsen',
] as const;

export const COMPANY_PREFIXES = [
  'Northwind', 'Bluewater', 'Cedar', 'Granite', 'Harbor', 'Ironwood', 'Juniper', 'Keystone',
  'Lakeside', 'Maple', 'Meridian', 'Oakridge', 'Pinecrest', 'Quarry', 'Redstone', 'Silverline',
  'Summit', 'Tidewater', 'Upland', 'Valley', 'Westbrook', 'Willow', 'Aurora', 'Beacon',
  'Coastal', 'Driftwood', 'Evergreen', 'Fairview', 'Frontier', 'Glacier', 'Highland', 'Horizon',
  'Kestrel', 'Lighthouse', 'Millstone', 'Northstar', 'Orchard', 'Prairie', 'Riverbend', 'Sandstone',
  'Stonebridge', 'Sunrise', 'Timberline', 'Trillium', 'Vista', 'Wildflower', 'Yellowpine', 'Zenith',
] as const;

export const COMPANY_REGIONS = [
  'Pacific', 'Atlantic', 'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Great Lakes',
  'Gulf', 'Mountain', 'Metro', 'Continental',
] as const;

export const COMPANY_SECTORS = [
  'Logistics', 'Foods', 'Health', 'Manufacturing', 'Retail', 'Energy', 'Freight', 'Pharma',
  'Hospitality', 'Distribution', 'Grocers', 'Utilities', 'Telecom', 'Insurance', 'Credit Union',
  'Construction', 'Dairy', 'Brewing', 'Outfitters', 'Clinics', 'Transit', 'Labs', 'Packaging',
  'Cold Storage', 'Supply',
] as const;

/** Our side: role and team. Sales own accounts; delivery and success people work on them. */
export const OUR_ROLES = [
  { role: 'Account executive', team: 'Sales' },
  { role: 'Delivery lead', team: 'Delivery' },
  { role: 'Implementation consultant', team: 'Delivery' },
  { role: 'Solutions engineer', team: 'Delivery' },
  { role: 'Customer success manager', team: 'Customer success' },
] as const;

export const CONTACT_ROLES = [
  'Operations director', 'IT manager', 'Chief financial officer', 'Project manager',
  'Warehouse supervisor', 'Head of procurement', 'Site manager', 'Systems administrator',
  'VP operations', 'Training coordinator', 'Data analyst', 'Facilities lead',
] as const;

/** Implementation plans: an id, a title and the thing being rolled out (for prose). */
export const PLAN_TEMPLATES = [
  { id: 'scanner-rollout', title: 'Scanner rollout at the distribution sites', thing: 'handheld scanners' },
  { id: 'erp-integration', title: 'ERP integration', thing: 'the ERP connector' },
  { id: 'wms-migration', title: 'Warehouse system migration', thing: 'the new warehouse system' },
  { id: 'sso-rollout', title: 'Single sign-on for all staff', thing: 'single sign-on' },
  { id: 'reporting-suite', title: 'Operational reporting suite', thing: 'the reporting dashboards' },
  { id: 'mobile-app-launch', title: 'Field mobile app launch', thing: 'the field mobile app' },
  { id: 'data-migration', title: 'Legacy data migration', thing: 'the migrated records' },
  { id: 'billing-automation', title: 'Billing automation', thing: 'automated billing' },
  { id: 'label-printing', title: 'Label printing upgrade', thing: 'the label printers' },
  { id: 'inventory-sync', title: 'Inventory sync with stores', thing: 'inventory sync' },
  { id: 'route-planning', title: 'Route planning pilot', thing: 'route planning' },
  { id: 'portal-launch', title: 'Customer portal launch', thing: 'the customer portal' },
  { id: 'edi-onboarding', title: 'EDI onboarding for suppliers', thing: 'EDI feeds' },
  { id: 'kiosk-deployment', title: 'Self-service kiosk deployment', thing: 'the kiosks' },
  { id: 'analytics-upgrade', title: 'Analytics platform upgrade', thing: 'the analytics platform' },
  { id: 'support-transition', title: 'Support transition to run mode', thing: 'the support process' },
] as const;

export const MILESTONES = [
  { id: 'discovery', title: 'Discovery complete' },
  { id: 'design', title: 'Design signed off' },
  { id: 'pilot', title: 'Pilot site live' },
  { id: 'training', title: 'Training delivered' },
  { id: 'rollout', title: 'Rollout complete' },
  { id: 'go-live', title: 'Go-live' },
  { id: 'hypercare', title: 'Hypercare ends' },
] as const;

/** What we promise. */
export const OUR_COMMITMENTS = [
  { id: 'configure-sso', what: 'Configure single sign-on for all users' },
  { id: 'install-hardware', what: 'Install hardware at the pilot sites' },
  { id: 'run-training', what: 'Run end-user training sessions' },
  { id: 'deliver-runbook', what: 'Deliver the operations runbook' },
  { id: 'migrate-records', what: 'Migrate open records from the old system' },
  { id: 'set-up-sandbox', what: 'Set up a sandbox environment for testing' },
  { id: 'load-test', what: 'Load test at twice the peak volume' },
  { id: 'build-connector', what: 'Build the connector to the finance system' },
  { id: 'write-test-plan', what: 'Write the acceptance test plan' },
  { id: 'ship-release', what: 'Ship the release with the agreed fixes' },
  { id: 'send-status-report', what: 'Send the weekly status report template' },
  { id: 'configure-alerts', what: 'Configure monitoring alerts for the integration' },
  { id: 'tune-performance', what: 'Tune the slow reports before go-live' },
  { id: 'document-workflows', what: 'Document the new workflows for each team' },
  { id: 'staff-hypercare', what: 'Staff the hypercare desk for the first two weeks' },
  { id: 'review-security', what: 'Complete the security review with their IT team' },
] as const;

/** What the client promises. */
export const CLIENT_COMMITMENTS = [
  { id: 'provide-site-access', what: 'Provide site access for the install team' },
  { id: 'share-sample-data', what: 'Share a sample export of last quarter' },
  { id: 'nominate-champions', what: 'Nominate a champion at each site' },
  { id: 'approve-design', what: 'Approve the solution design' },
  { id: 'sign-off-uat', what: 'Sign off user acceptance testing' },
  { id: 'open-firewall', what: 'Open the firewall ports for the integration' },
  { id: 'confirm-site-list', what: 'Confirm the final list of sites' },
  { id: 'book-training-rooms', what: 'Book rooms and time for training' },
  { id: 'provide-test-users', what: 'Provide test accounts for ten users' },
  { id: 'freeze-changes', what: 'Freeze changes to the old system during cutover' },
  { id: 'approve-budget', what: 'Approve the budget for the extra sites' },
  { id: 'clean-master-data', what: 'Clean up duplicate products in the master data' },
] as const;

export const SLIP_REASONS = [
  'Firmware incompatibility we had not seen before',
  'Their IT team was pulled onto a security incident',
  'Hardware delivery was held at customs',
  'The sample data had a different format than agreed',
  'Our consultant was out sick for a week',
  'Peak season freeze on their side',
  'A change request added two sites',
  'The vendor API changed without notice',
  'Approval needed a second budget sign-off',
  'Test environment was unavailable for several days',
] as const;

export const WORKAROUNDS = [
  'Ship on the previous version and patch on site',
  'Run the pilot at one site while the others wait',
  'Use a manual export until the connector is ready',
  'Train the champions first and record the session',
  'Borrow demo hardware for the first week',
  'Weekly check-in until the new date is met',
] as const;

export const DROP_REASONS = [
  'Client removed this site from scope',
  'Replaced by the vendor standard integration',
  'No longer needed after the process change',
  'Moved to a later phase at the client request',
  'Budget reallocated to the rollout',
] as const;

export const RISKS = [
  'Firmware 2.0 is not certified yet',
  'Depends on a vendor release with no firm date',
  'Their key contact is leaving next month',
  'Only one engineer knows the legacy system',
  'Sites may not have enough network capacity',
  'Test data still missing for two regions',
] as const;

export const TOUCHPOINT_NOTES = [
  'Confirmed install dates for the next sites',
  'Walked through the status report and open items',
  'Agreed the training schedule',
  'Discussed the renewal and next phase',
  'Reviewed the risks and who owns each one',
  'Followed up on the open access requests',
  'Checked in after go-live, no open issues',
  'Shared the draft design for comments',
  'Introduced the new delivery lead',
  'Collected feedback from the site managers',
  'Quarterly business review with their leadership',
  'Went over the invoice questions',
] as const;

export const GUIDE_TOPICS = [
  { id: 'handing-over', title: 'Handing a deal to delivery', tags: ['handoff'] },
  { id: 'logging-a-call', title: 'Logging a call or a visit', tags: ['accounts'] },
  { id: 'moving-a-due-date', title: 'Moving a due date openly', tags: ['commitments'] },
  { id: 'governance-reviews', title: 'Running a governance review', tags: ['governance'] },
  { id: 'writing-a-plan', title: 'Writing an implementation action plan', tags: ['plans'] },
  { id: 'letter-of-agreement', title: 'Getting the letter of agreement signed', tags: ['plans', 'agreement'] },
  { id: 'break-in-period', title: 'Agreeing a break-in period', tags: ['delivery'] },
  { id: 'dropping-a-commitment', title: 'Dropping a commitment', tags: ['commitments'] },
  { id: 'kickoff-meeting', title: 'Running the kickoff meeting', tags: ['delivery'] },
  { id: 'risk-reviews', title: 'Flagging a commitment at risk', tags: ['commitments', 'risk'] },
  { id: 'closing-a-plan', title: 'Closing a plan', tags: ['plans'] },
  { id: 'client-cadence', title: 'Keeping in touch after go-live', tags: ['accounts'] },
] as const;

export const GUIDE_AUDIENCES = [
  'sales', 'delivery', 'success', 'new-hires', 'managers', 'partners', 'healthcare', 'retail',
] as const;

// Fragments for MDX bodies.
export const PRIORITIES = [
  'fewer manual steps at the dock', 'a single view of stock across sites', 'faster month-end close',
  'less time on the phone with suppliers', 'reliable reports for the board', 'shorter training for new staff',
  'no downtime during peak season', 'clear ownership of every open issue',
] as const;

export const OBSERVATIONS = [
  'They prefer short calls with a written summary afterwards.',
  'Decisions go through their steering group, which meets monthly.',
  'The site managers are the real users and want to be heard early.',
  'Their IT team is small, so access requests take a few days.',
  'They value being told early when a date moves, more than the date itself.',
  'Budget is set in the autumn for the following year.',
  'They have been burned by a previous vendor that went quiet after the sale.',
  'The finance team signs off anything that changes invoicing.',
] as const;

export const LIST_ITEMS = [
  'Confirm the agenda the day before each meeting',
  'Send the status report every Friday',
  'Keep the risk list short and owned',
  'Write down who was told when a date moves',
  'Invite the salesperson to the monthly review',
  'Check the handoff checklist before kickoff',
  'Agree the break-in period in writing',
  'Record every call in the account plan',
  'Share the next steps within a day',
  'Name one owner for every commitment',
] as const;
