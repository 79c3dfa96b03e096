// remark's configuration for the playbook's MDX files (from followthrough): the VS Code remark
// extension reads it and checks the frontmatter of accounts, plans and guides as you type.
import { playbookRemarkConfig } from 'followthrough/remark';

export default playbookRemarkConfig(import.meta.url, { schemas: 'node_modules/followthrough/schemas' });
