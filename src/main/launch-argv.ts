/**
 * Which command-line arguments are bundle files to open. Windows and Linux pass a double-clicked file as
 * an argument (first launch: process.argv; later launches: the `second-instance` event's argv and
 * working directory). Chromium may add its own switches, and in development argv[1] is the app folder,
 * so only non-switch arguments ending in the bundle extension are taken, resolved against the launching
 * process's working directory.
 */
import { isAbsolute, resolve } from 'node:path';

export const BUNDLE_EXTENSION = '.sdd';

/** At most this many files per launch: a shell glob must not make the app read a whole folder. */
export const MAX_LAUNCH_FILES = 20;

export function bundlePathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const out: string[] = [];
  // argv[0] is the executable itself.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || arg.includes('\0')) continue;
    if (!arg.toLowerCase().endsWith(BUNDLE_EXTENSION) || arg.length <= BUNDLE_EXTENSION.length) continue;
    const path = isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
    if (!out.includes(path)) out.push(path);
    if (out.length >= MAX_LAUNCH_FILES) break;
  }
  return out;
}
