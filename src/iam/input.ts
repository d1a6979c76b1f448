/**
 * Reading an operation's validated input. The Query adapter has already
 * checked it against AWS's model (required members, types, lengths, patterns),
 * so these only narrow types; a mismatch here is a bug, reported as one.
 */

export type Input = Readonly<Record<string, unknown>>;

export function str(input: Input, name: string): string {
  const value = input[name];
  if (typeof value !== "string") throw new TypeError(`input ${name} is not a string`);
  return value;
}

export function optStr(input: Input, name: string): string | undefined {
  const value = input[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new TypeError(`input ${name} is not a string`);
  return value;
}

export function optInt(input: Input, name: string): number | undefined {
  const value = input[name];
  if (value === undefined) return undefined;
  if (typeof value !== "number") throw new TypeError(`input ${name} is not a number`);
  return value;
}

export function optBool(input: Input, name: string): boolean | undefined {
  const value = input[name];
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") throw new TypeError(`input ${name} is not a boolean`);
  return value;
}

export function optList<T = unknown>(input: Input, name: string): T[] | undefined {
  const value = input[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(`input ${name} is not a list`);
  return value as T[];
}

export interface Tag {
  Key: string;
  Value: string;
}

export function tags(input: Input, name = "Tags"): Tag[] {
  return (optList<Record<string, unknown>>(input, name) ?? []).map((t) => ({
    Key: String(t.Key),
    Value: typeof t.Value === "string" ? t.Value : "",
  }));
}
