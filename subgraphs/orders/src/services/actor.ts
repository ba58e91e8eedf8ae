import type { Caller } from '@pharmacy/auth';

/** How the status history names who made a change. */
export function actorOf(caller: Caller): string {
  if (caller.kind === 'user') return `user:${caller.userId}`;
  if (caller.kind === 'service') return `service:${caller.service}`;
  return 'system';
}
