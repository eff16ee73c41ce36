import type { OutStream } from './cli-io.ts';

/**
 * A one-line progress display on a terminal, redrawn at most ten times a second; on
 * anything else (a pipe, a log file, a test) it draws nothing.
 */
export function progressBar(out: OutStream, label: string): { update(line: string): void; done(): void } {
  if (!out.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  const width = Math.max(40, (out.columns ?? 80) - 1);
  return {
    update(line) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const text = `${label} ${line}`;
      out.write(`\r${text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)}`);
      drawn = true;
    },
    done() {
      if (drawn) out.write(`\r${' '.repeat(width)}\r`);
    },
  };
}
