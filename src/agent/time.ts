/** ISO 8601 to the second with a Z, as IMDS and the agent protocol write times. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}
