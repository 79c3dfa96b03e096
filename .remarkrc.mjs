// remark's configuration for this repository's playbook (content/): remark.mjs says what it does.
// The VS Code remark extension reads it (see .vscode/settings.json); `playbook init` writes a team
// the same file, with the schemas of the installed package.
import { playbookRemarkConfig } from './remark.mjs';

export default playbookRemarkConfig(import.meta.url, { schemas: 'schemas' });
