/**
 * Times as the schema stores them: ISO 8601, UTC, with milliseconds
 * (`2026-01-15T12:00:00.000Z`). The store has no clock of its own: callers
 * pass one in, so tests can fix time.
 */

/** Milliseconds since the epoch, as `Date.now` returns them. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** A time in the schema's format. */
export function isoTime(time: number | Date): string {
  return (typeof time === "number" ? new Date(time) : time).toISOString();
}

/** The clock's current time in the schema's format. */
export function now(clock: Clock): string {
  return isoTime(clock());
}
