/** SigV4 timestamps: ISO 8601 basic format ("20150830T123600Z"). */

const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Parses "YYYYMMDDTHHMMSSZ"; undefined unless it names a real instant. */
export function parseAmzDate(text: string): Date | undefined {
  const m = BASIC.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // A real instant: Date.UTC rolls over impossible fields (month 13, Feb 30).
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
    ? date
    : undefined;
}

/**
 * Reads a request's date: ISO 8601 basic, or (for a "Date" header) the HTTP
 * date format, which is turned into the basic form that the string to sign uses.
 */
export function readRequestDate(text: string): { date: Date; amzDate: string } | undefined {
  const basic = parseAmzDate(text);
  if (basic) return { date: basic, amzDate: text };
  if (!HTTP_DATE.test(text)) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  return { date, amzDate: formatAmzDate(date) };
}

/** Formats an instant as "YYYYMMDDTHHMMSSZ" (whole seconds). */
export function formatAmzDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "invalid-date";
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}
