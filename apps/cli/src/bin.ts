#!/usr/bin/env node
import { main } from './main.js';
import { processOutput, sharedPipe } from './stdio.js';
import { removeTempFiles } from './write-atomic.js';

const controller = new AbortController();
// Set once the command has returned: only output a slow reader has not taken is left.
let finished = false;
// A closed pipe (`black-january list | head -1`) is not an error.
const closed = () => process.exit(0);
const stdout = processOutput(1, {
  stream: () =>
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') closed();
    }),
  onClosed: closed,
});
const stderr = sharedPipe()
  ? stdout
  : processOutput(2, { stream: () => process.stderr, onClosed: () => undefined });
// The first Ctrl-C asks the command to stop cleanly (no partial file); a second one, or one after
// the command has returned, quits at once. SIGTERM and SIGHUP end the process at once. Either way
// no temporary file is left behind. While a write to a pipe that is not read holds a thread of
// libuv's pool, process.exit would wait for it: the signal's own default action ends the process
// then (the shell reports the same status, 128 + the signal's number).
const quit = (code: number, signal: NodeJS.Signals) => {
  removeTempFiles();
  if (stdout.busy() || stderr.busy()) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else process.exit(code);
};
process.on('SIGINT', () => {
  if (controller.signal.aborted || finished) quit(130, 'SIGINT');
  controller.abort('SIGINT');
});
process.on('SIGTERM', () => quit(143, 'SIGTERM'));
process.on('SIGHUP', () => quit(129, 'SIGHUP'));
// No top-level await: the bin is built as CommonJS (see tsup.config.ts).
void main(process.argv.slice(2), {
  stdout,
  stderr,
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
  if (controller.signal.aborted) quit(code, 'SIGINT');
  process.exitCode = code;
});
