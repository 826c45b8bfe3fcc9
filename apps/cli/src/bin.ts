#!/usr/bin/env node
import { main } from './main.js';
import { processOutput } from './stdio.js';
import { removeTempFiles } from './write-atomic.js';

const controller = new AbortController();
// Set once the command has returned: only output a slow reader has not taken is left.
let finished = false;
// The first Ctrl-C asks the command to stop cleanly (no partial file); a second one, or one after
// the command has returned, quits at once. SIGTERM and SIGHUP end the process at once. Either way
// no temporary file is left behind.
const quit = (code: number) => {
  removeTempFiles();
  process.exit(code);
};
process.on('SIGINT', () => {
  if (controller.signal.aborted || finished) quit(130);
  controller.abort('SIGINT');
});
process.on('SIGTERM', () => quit(143));
process.on('SIGHUP', () => quit(129));
// A closed pipe (`black-january list | head -1`) is not an error.
const closed = () => process.exit(0);
const stdout = () =>
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed();
  });
// No top-level await: the bin is built as CommonJS (see tsup.config.ts).
void main(process.argv.slice(2), {
  stdout: processOutput(1, { stream: stdout, onClosed: closed }),
  stderr: processOutput(2, { stream: () => process.stderr, onClosed: () => undefined }),
  // Read when a command reads `-`: process.stdin on a pipe opens a socket (node:net), ~3 ms.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
}).then((code) => {
  finished = true;
  // After Ctrl-C a read of a pipe or FIFO may still block a worker thread; nothing is left to write.
  if (controller.signal.aborted) process.exit(code);
  process.exitCode = code;
});
