/**
 * Pagination markers no Gatehouse server issued, each with what is wrong with
 * it: the sort key's text is not text a store holds (NUL, lone surrogates,
 * invalid UTF-8 in the base64 payload), the JSON is of another shape, the
 * encoding is not the one the server writes, or the marker is huge. Every
 * one must be refused with AWS's ValidationError "Invalid Marker." (or, over
 * the model's 320 characters, its length constraint), never reach a store.
 */
const PREFIX = "gh1";

/** A marker of the server's form around any JSON text. */
export function markerOf(json: string): string {
  return `${PREFIX}.${Buffer.from(json, "utf8").toString("base64url")}`;
}

/** A marker around raw payload bytes. */
export function markerOfBytes(bytes: readonly number[]): string {
  return `${PREFIX}.${Buffer.from(bytes).toString("base64url")}`;
}

/** [what is wrong, marker], for keys of one to three parts. */
export function badMarkers(): [string, string][] {
  const out: [string, string][] = [];
  for (const parts of [1, 2, 3]) {
    const of = (part: string) => JSON.stringify(Array.from({ length: parts }, () => part));
    // JSON.stringify writes NUL and lone surrogates as \u escapes: the payload is ASCII.
    out.push([`${parts}-part marker of NULs`, markerOf(of("\u0000"))]);
    out.push([`${parts}-part marker with NUL inside`, markerOf(of("a\u0000b"))]);
    out.push([`${parts}-part marker of lone high surrogates`, markerOf(of("\ud800"))]);
    out.push([`${parts}-part marker of lone low surrogates`, markerOf(of("x\udfff"))]);
  }
  // The markers, as reported.
  out.push(["the reported two-part NUL marker", "gh1.WyJcdTAwMDAiLCJcdTAwMDAiXQ"]);
  out.push(["the reported one-part NUL marker", "gh1.WyJcdTAwMDAiXQ"]);
  // ["\xFF\xFE"] and ["\xC0\xAF"] as raw bytes: not UTF-8.
  out.push(["invalid UTF-8 in the payload", markerOfBytes([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d])]);
  out.push(["overlong UTF-8 in the payload", markerOfBytes([0x5b, 0x22, 0xc0, 0xaf, 0x22, 0x5d])]);
  out.push([
    "a UTF-8 surrogate in the payload",
    markerOfBytes([0x5b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x5d]),
  ]);
  out.push(["raw NUL byte in the payload", markerOfBytes([0x5b, 0x22, 0x00, 0x22, 0x5d])]);
  // Other shapes.
  for (const json of [
    '{"a":"b"}',
    "[1,2]",
    "null",
    '"a"',
    "[]",
    '[["a"],["b"]]',
    "[null]",
    "[true,false,true]",
    '{"length":1,"0":"a"}',
  ]) {
    out.push([`JSON of another shape (${json})`, markerOf(json)]);
  }
  out.push(["not JSON", markerOf('["a"')]);
  out.push(["padding and spaces", `${markerOf('[ "a" ]')}==`]);
  out.push(["JSON with spaces (not as issued)", markerOf('[ "a", "b" ]')]);
  out.push(["standard base64 alphabet", `${PREFIX}.${Buffer.from('["a?>"]').toString("base64")}`]);
  out.push(["another prefix", `gh2.${Buffer.from('["a"]').toString("base64url")}`]);
  out.push(["no payload", `${PREFIX}.`]);
  out.push(["huge marker", markerOf(JSON.stringify(["a".repeat(5000), "b".repeat(5000)]))]);
  out.push([
    "just under the model's limit",
    markerOf(JSON.stringify(["\u0000".repeat(30), "a".repeat(20)])),
  ]);
  return out;
}
