/**
 * Date operators. Both sides become milliseconds since the epoch. A policy
 * value is read by parsePolicyDate, the one reader of policy dates for both
 * validation and compilation: what IAM's legacy parser accepts (a date and
 * time, or epoch seconds); anything else is refused with "The policy failed
 * legacy parsing". A request value is ISO 8601 (the W3C profile: YYYY,
 * YYYY-MM, YYYY-MM-DD, then `T` and hh, hh:mm, hh:mm:ss or hh:mm:ss.fraction,
 * then Z or ±hh or ±hh:mm; no zone means UTC) or epoch seconds, fractional
 * ones too.
 */
import { LEGACY_PARSING } from "../parse-messages.js";
import type { CompiledValues, CompileError } from "./compiled.js";
import { isDigit, orderedMatcher, skipDigits, type Order } from "./numeric.js";

const MIN_YEAR = -292275054n;
const MAX_YEAR = 292278993n;
const MAX_EPOCH = 9223372036854775807n;

export function compileDate(
  order: Order,
  values: readonly string[],
): CompiledValues | CompileError {
  const times: number[] = [];
  for (const v of values) {
    const t = parsePolicyDate(v);
    if (t === undefined) return { error: LEGACY_PARSING };
    times.push(t);
  }
  return { matcher: orderedMatcher(order, times, parseRequestDate), variables: [] };
}

/**
 * A policy date value in milliseconds, or undefined when IAM refuses it. The
 * one reader of policy dates: validation refuses what it cannot read
 * (parse-checks.ts) and compileDate uses its value, so a stored document's
 * dates always compile. It follows IAM's legacy parser: text holding `t` or
 * `-` is a date, split at the first `t` into date and time and at `-` and `:`
 * into fields, each a whole number (surrounding whitespace and a sign
 * allowed) within its range; anything else is epoch seconds.
 */
export function parsePolicyDate(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!lower.includes("t") && !text.includes("-")) {
    const seconds = wholeIn(text, 0n, MAX_EPOCH);
    return seconds === undefined ? undefined : seconds * 1000;
  }
  const [datePart, , timePart] = splitAt(lower, "t");
  const negative = datePart.startsWith("-");
  const fields = (negative ? datePart.slice(1) : datePart).split("-");
  if (fields.length > 3) return undefined;
  const year = wholeIn((negative ? "-" : "") + (fields[0] ?? ""), MIN_YEAR, MAX_YEAR);
  const month = fields.length > 1 ? wholeIn(fields[1] ?? "", 1n, 12n) : 1;
  const day = fields.length > 2 ? wholeIn(fields[2] ?? "", 1n, 31n) : 1;
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const time = policyTime(timePart);
  return time === undefined ? undefined : daysFromCivil(year, month, day) * 86_400_000 + time;
}

/** Milliseconds into the day (less the zone's offset) of a policy date's time part. */
function policyTime(time: string): number | undefined {
  const parts = time.split(":");
  const hoursText = parts[0] ?? "";
  const hours = hoursText === "" ? 0 : wholeIn(hoursText, 0n, 23n);
  const minutes = parts.length > 1 ? wholeIn(parts[1] ?? "", 0n, 59n) : 0;
  if (hours === undefined || minutes === undefined) return undefined;
  const base = hours * 3_600_000 + minutes * 60_000;
  if (parts.length <= 2) return base;
  let seconds = parts[2] ?? "";
  let offset = 0;
  if (seconds.includes("z")) {
    const [before, , after] = splitAt(seconds, "z");
    if (after !== "") return undefined;
    seconds = before;
  } else if (seconds.includes("+")) {
    const [before, , zone] = splitAt(seconds, "+");
    const [zoneHours, hasMinutes, zoneMinutes] = splitAt(zone, ":");
    const zh = zoneHours.length === 2 ? wholeIn(zoneHours, 0n, 23n) : undefined;
    const zm = !hasMinutes
      ? 0
      : zoneMinutes.length === 2
        ? wholeIn(zoneMinutes, 0n, 59n)
        : undefined;
    if (zh === undefined || zm === undefined) return undefined;
    offset = (zh * 60 + zm) * 60_000;
    seconds = before;
  }
  const [whole, hasFraction, fraction] = splitAt(seconds, ".");
  const s = wholeIn(whole, 0n, 59n);
  if (s === undefined) return undefined;
  let millis = 0;
  if (hasFraction) {
    if (wholeIn(fraction, 0n, 999999999n) === undefined) return undefined;
    const digits = fraction.trim().replace(/^[+-]/, "");
    millis = Math.floor(Number(`0.${digits}`) * 1000);
  }
  return base + s * 1000 + millis - offset;
}

/** A whole number as Python's int() reads it (sign and surrounding whitespace), within range. */
function wholeIn(text: string, low: bigint, high: bigint): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return undefined;
  const value = BigInt(trimmed);
  return value >= low && value <= high ? Number(value) : undefined;
}

/** Splits at the first `sep`: [before, found, after], like Python's str.partition. */
function splitAt(text: string, sep: string): [string, boolean, string] {
  const at = text.indexOf(sep);
  return at < 0 ? [text, false, ""] : [text.slice(0, at), true, text.slice(at + sep.length)];
}

/** A request date value in milliseconds, or undefined. */
export function parseRequestDate(text: string): number | undefined {
  if (looksIso(text)) return parseIso(text);
  let i = skipDigits(text, 0);
  if (i === 0) return undefined;
  if (text[i] === ".") i = skipDigits(text, i + 1);
  if (i !== text.length) return undefined;
  const seconds = Number(text);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

function looksIso(text: string): boolean {
  return text.includes("-") || text.includes("t") || text.includes("T");
}

/** Reads ISO 8601 date/time text as milliseconds since the epoch, or undefined. */
export function parseIso(s: string): number | undefined {
  const n = s.length;
  let i = 0;
  let sign = 1;
  if (s[0] === "-") {
    sign = -1;
    i = 1;
  }
  // Year: at least one digit, at most ten.
  let start = i;
  let year = 0;
  while (i < n && i - start < 10 && isDigit(s.charCodeAt(i))) year = year * 10 + digitAt(s, i++);
  if (i === start) return undefined;
  year *= sign;
  if (year < Number(MIN_YEAR) || year > Number(MAX_YEAR)) return undefined;
  let month = 1;
  let day = 1;
  if (s[i] === "-") {
    const m = readNumber(s, i + 1, 1, 2);
    if (m === undefined || m.value < 1 || m.value > 12) return undefined;
    month = m.value;
    i = m.end;
    if (s[i] === "-") {
      const d = readNumber(s, i + 1, 1, 2);
      if (d === undefined || d.value < 1 || d.value > 31) return undefined;
      day = d.value;
      i = d.end;
    }
  }
  let millis = daysFromCivil(year, month, day) * 86_400_000;
  if (i === n) return millis;
  if (s[i] !== "T" && s[i] !== "t") return undefined;
  i++;
  if (i === n) return millis;
  const h = readNumber(s, i, 1, 2);
  if (h === undefined || h.value > 23) return undefined;
  millis += h.value * 3_600_000;
  i = h.end;
  if (s[i] === ":") {
    const m = readNumber(s, i + 1, 1, 2);
    if (m === undefined || m.value > 59) return undefined;
    millis += m.value * 60_000;
    i = m.end;
    if (s[i] === ":") {
      const sec = readNumber(s, i + 1, 1, 2);
      if (sec === undefined || sec.value > 59) return undefined;
      millis += sec.value * 1000;
      i = sec.end;
      if (s[i] === ".") {
        start = ++i;
        let fraction = 0;
        while (i < n && isDigit(s.charCodeAt(i))) {
          if (i - start < 3) fraction = fraction * 10 + digitAt(s, i);
          i++;
        }
        const count = i - start;
        if (count === 0 || count > 9) return undefined;
        for (let k = count; k < 3; k++) fraction *= 10;
        millis += fraction;
      }
    }
  }
  if (i === n) return millis;
  const zone = s[i];
  if (zone === "Z" || zone === "z") return i + 1 === n ? millis : undefined;
  if (zone !== "+" && zone !== "-") return undefined;
  const zh = readNumber(s, i + 1, 2, 2);
  if (zh === undefined || zh.value > 23) return undefined;
  let offset = zh.value * 60;
  i = zh.end;
  if (s[i] === ":") {
    const zm = readNumber(s, i + 1, 2, 2);
    if (zm === undefined || zm.value > 59) return undefined;
    offset += zm.value;
    i = zm.end;
  }
  if (i !== n) return undefined;
  return millis - (zone === "+" ? offset : -offset) * 60_000;
}

/** Reads min..max decimal digits at `from`; its value and where it ends. */
function readNumber(
  s: string,
  from: number,
  min: number,
  max: number,
): { value: number; end: number } | undefined {
  let i = from;
  let value = 0;
  while (i < s.length && i - from < max && isDigit(s.charCodeAt(i)))
    value = value * 10 + digitAt(s, i++);
  if (i - from < min) return undefined;
  if (i < s.length && isDigit(s.charCodeAt(i))) return undefined;
  return { value, end: i };
}

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (day may run past the month's end). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
