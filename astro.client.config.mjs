// The client's site (`npm run build -- --client <account>|all`): its settings and pages are the
// package's (src/integration/client-settings.ts), the same a team's `playbook build --client` uses.
import { defineConfig } from 'astro/config';
import { clientSiteSettings } from './src/integration/client-settings.ts';

export default defineConfig(clientSiteSettings());
