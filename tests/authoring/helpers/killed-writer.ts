// Run as a child process by atomic-write.test.ts: writes TEXT over FILE through writeFileAtomic,
// and SIGKILLs itself at the step named by STAGE ('mid-write': after half the bytes reached the
// temporary file; 'before-rename': after the temporary file is complete and flushed).
import * as fs from 'node:fs';
import { writeFileAtomic, type WriteFs } from '../../../src/core/edit/atomic-write.ts';

const [file, stage] = process.argv.slice(2) as [string, string];
const text = 'x'.repeat(200_000) + '\n';
const die = () => process.kill(process.pid, 'SIGKILL');
const killing: WriteFs = {
  ...fs,
  writeSync(fd, buffer, offset, length) {
    if (stage === 'mid-write') {
      fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
      die();
    }
    return fs.writeSync(fd, buffer, offset, length);
  },
  renameSync(from, to) {
    if (stage === 'before-rename') die();
    fs.renameSync(from, to);
  },
};
writeFileAtomic(file, text, { fs: killing });
