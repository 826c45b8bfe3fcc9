import { Interrupted } from './errors.js';
import { type Io, terminalSafe } from './io.js';

/** Counts work done, on one line of a terminal's stderr; silent when stderr is not a terminal. */
export interface Progress {
  /**
   * Marks item `done` of the total as started, then lets pending events (Ctrl-C) run: throws
   * `Interrupted` once the user has asked to stop.
   */
  step(done: number, label?: string): Promise<void>;
  /** Clears the line. */
  end(): void;
}

const REDRAW_MS = 80;
// Not node:timers/promises, which every command would load at start-up.
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Progress of `total` items of `verb` work ("ingesting", "exporting"). */
export function progress(io: Io, verb: string, total: number): Progress {
  const shown = Boolean(io.stderr.isTTY) && total > 1;
  let last = 0;
  let drawn = false;
  return {
    async step(done, label) {
      await yieldToEvents();
      if (io.signal.aborted) {
        this.end();
        throw new Interrupted();
      }
      const now = Date.now();
      if (!shown || (now - last < REDRAW_MS && done + 1 < total)) return;
      last = now;
      drawn = true;
      const pct = Math.floor((done / total) * 100);
      io.stderr.write(
        `\r\u001b[K${verb} ${done + 1}/${total} (${pct}%)${label ? ` ${terminalSafe(label.slice(0, 40))}` : ''}`,
      );
    },
    end() {
      if (drawn) io.stderr.write('\r\u001b[K');
      drawn = false;
    },
  };
}
