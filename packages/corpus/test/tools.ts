import { execFileSync } from 'node:child_process';

/** Whether a program is on PATH (the LaTeX and pandoc tests need Debian packages). */
export function hasTool(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
