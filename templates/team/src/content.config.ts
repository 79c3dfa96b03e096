// The playbook's accounts, plans and guides (content/) as the site's collections: followthrough
// reads and checks them, as `playbook check` does.
export { collections } from 'followthrough/content';
