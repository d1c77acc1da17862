/** The one repository the app uses, created at start-up (and replaceable in component tests). */
import type { Repository } from './repository';

let current: Repository | null = null;

export function setRepository(repo: Repository): void {
  current = repo;
}

export function repository(): Repository {
  if (!current) throw new Error('repository not initialised');
  return current;
}
