/**
 * IpAddress / NotIpAddress: IPv4 and IPv6 CIDR ranges; a bare address is /32
 * or /128; bits past the prefix are ignored. An IPv4-mapped IPv6 address
 * (::ffff:a.b.c.d) is the IPv4 address: in the request it is tested against the
 * IPv4 ranges, and a policy range inside ::ffff:0:0/96 is an IPv4 range. A
 * policy value that is not an address or range never matches. Addresses are
 * parsed by hand into four 32-bit words, with a one-entry memo per clause.
 */
import type { CompiledValues } from "./compiled.js";
import { NEVER } from "./compiled.js";
import { isDigit } from "./numeric.js";

interface Range4 {
  kind: 4;
  net: number;
  mask: number;
}

interface Range6 {
  kind: 6;
  net: readonly number[];
  mask: readonly number[];
}

export function compileIp(values: readonly string[]): CompiledValues {
  const v4: Range4[] = [];
  const v6: Range6[] = [];
  for (const value of values) {
    const range = parseRange(value);
    if (range === undefined) continue;
    if (range.kind === 4) v4.push(range);
    else v6.push(range);
  }
  if (v4.length === 0 && v6.length === 0) return { matcher: NEVER, variables: [] };
  const words = new Uint32Array(4);
  let lastText: string | undefined;
  let lastKind = 0;
  return {
    variables: [],
    matcher: {
      matches(text) {
        if (text !== lastText) {
          lastText = text;
          lastKind = parseAddress(text, words);
        }
        if (lastKind === 0) return false;
        if (lastKind === 4 || isMapped(words)) {
          const a = words[3] as number;
          for (let i = 0; i < v4.length; i++) {
            const r = v4[i] as Range4;
            if ((a & r.mask) >>> 0 === r.net) return true;
          }
        }
        if (lastKind === 6) {
          for (let i = 0; i < v6.length; i++) if (inRange6(words, v6[i] as Range6)) return true;
        }
        return false;
      },
    },
  };
}

function isMapped(words: Uint32Array): boolean {
  return words[0] === 0 && words[1] === 0 && words[2] === 0xffff;
}

function inRange6(words: Uint32Array, r: Range6): boolean {
  for (let k = 0; k < 4; k++) {
    if (((words[k] as number) & (r.mask[k] as number)) >>> 0 !== r.net[k]) return false;
  }
  return true;
}

/** A CIDR range (or bare address), or undefined. */
export function parseRange(text: string): Range4 | Range6 | undefined {
  const slash = text.indexOf("/");
  const words = new Uint32Array(4);
  const kind = parseAddress(slash < 0 ? text : text.slice(0, slash), words);
  if (kind === 0) return undefined;
  const bits = kind === 4 ? 32 : 128;
  let prefix = bits;
  if (slash >= 0) {
    const digits = text.slice(slash + 1);
    if (digits === "" || digits.length > 3) return undefined;
    for (let i = 0; i < digits.length; i++) if (!isDigit(digits.charCodeAt(i))) return undefined;
    prefix = Number(digits);
    if (prefix > bits) return undefined;
  }
  if (kind === 6 && prefix >= 96 && isMapped(words)) return range4(words[3] as number, prefix - 96);
  if (kind === 4) return range4(words[3] as number, prefix);
  const mask = [0, 1, 2, 3].map((k) => wordMask(Math.min(32, Math.max(0, prefix - 32 * k))));
  const net = mask.map((m, k) => ((words[k] as number) & m) >>> 0);
  return { kind: 6, net, mask };
}

function range4(address: number, prefix: number): Range4 {
  const mask = wordMask(prefix);
  return { kind: 4, net: (address & mask) >>> 0, mask };
}

function wordMask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

const groups = new Uint16Array(8);

/**
 * Parses an IPv4 or IPv6 address into four words (IPv4: ::ffff:a.b.c.d, so the
 * address is in the last word). Returns 4, 6, or 0 when it is not an address.
 */
export function parseAddress(text: string, out: Uint32Array): 0 | 4 | 6 {
  if (!text.includes(":")) {
    const a = parseIPv4(text, 0, text.length);
    if (a < 0) return 0;
    out[0] = 0;
    out[1] = 0;
    out[2] = 0xffff;
    out[3] = a;
    return 4;
  }
  const count = parseIPv6Groups(text);
  if (count === 0) return 0;
  for (let k = 0; k < 4; k++) {
    out[k] = (((groups[2 * k] as number) << 16) | (groups[2 * k + 1] as number)) >>> 0;
  }
  return 6;
}

/** An IPv4 address in text[from, to) as an unsigned 32-bit number, or -1. */
function parseIPv4(text: string, from: number, to: number): number {
  let value = 0;
  let parts = 0;
  let i = from;
  while (parts < 4) {
    let octet = 0;
    let digits = 0;
    while (i < to && digits < 3 && isDigit(text.charCodeAt(i))) {
      octet = octet * 10 + text.charCodeAt(i) - 48;
      i++;
      digits++;
    }
    if (digits === 0 || octet > 255) return -1;
    value = value * 256 + octet;
    parts++;
    if (parts < 4) {
      if (text[i] !== ".") return -1;
      i++;
    }
  }
  return i === to ? value : -1;
}

/** Fills `groups` with the eight 16-bit groups of an IPv6 address; 8 when valid, else 0. */
function parseIPv6Groups(s: string): number {
  const n = s.length;
  let count = 0;
  let gap = -1;
  let i = 0;
  if (s.startsWith("::")) {
    gap = 0;
    i = 2;
  } else if (s[0] === ":") {
    return 0;
  }
  while (i < n) {
    let value = 0;
    let digits = 0;
    let j = i;
    while (j < n && digits < 5) {
      const h = hexValue(s.charCodeAt(j));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
      j++;
    }
    if (j < n && s[j] === ".") {
      if (count > 6) return 0;
      const a = parseIPv4(s, i, n);
      if (a < 0) return 0;
      groups[count++] = Math.floor(a / 65536);
      groups[count++] = a % 65536;
      i = n;
      break;
    }
    if (digits === 0 || digits > 4 || count === 8) return 0;
    groups[count++] = value;
    if (j === n) {
      i = n;
      break;
    }
    if (s[j] !== ":") return 0;
    j++;
    if (s[j] === ":") {
      if (gap >= 0) return 0;
      gap = count;
      j++;
    } else if (j === n) {
      return 0;
    }
    i = j;
  }
  if (gap < 0) return count === 8 ? 8 : 0;
  if (count > 7) return 0;
  const tail = count - gap;
  for (let k = 0; k < tail; k++) groups[7 - k] = groups[count - 1 - k] as number;
  for (let k = gap; k < 8 - tail; k++) groups[k] = 0;
  return 8;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}
