// Output piped into a command that stops reading early (`playbook check | head -1`): the pipe
// closes, and every later write fails with EPIPE. That is the reader's choice, not an error:
// the command ends quietly, with no stack trace, and with its own exit code (1 when it found
// problems, so that `set -o pipefail` still sees them).
export function endQuietlyOnClosedPipe(...streams: NodeJS.WriteStream[]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      // Nothing more can be shown: drop what is still to come on this stream.
      stream.write = (() => true) as typeof stream.write;
    });
  }
}
