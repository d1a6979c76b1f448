/**
 * A policy value with variables, filled in from the request and remembered:
 * it is filled in (and compiled) again only when one of its variables has a
 * different value from last time, so repeated requests by one principal cost a
 * lookup per variable.
 */
import type { Resolver, TemplatePart, TemplateToken, Variable } from "./template.js";

export class Filled<T> {
  private readonly variables: Variable[];
  private readonly seen: (string | undefined)[];
  private ready = false;
  private result: T | undefined;

  constructor(
    source: readonly (TemplatePart | TemplateToken)[],
    private readonly fill: (resolve: Resolver) => T | undefined,
  ) {
    this.variables = source.filter((p): p is Variable => typeof p === "object" && p.kind === "var");
    this.seen = this.variables.map(() => undefined);
  }

  /** The filled-in value, or undefined when a variable has no value and no default. */
  get(resolve: Resolver): T | undefined {
    let same = this.ready;
    const variables = this.variables;
    for (let i = 0; i < variables.length; i++) {
      const value = resolve((variables[i] as Variable).key);
      if (value !== this.seen[i]) {
        this.seen[i] = value;
        same = false;
      }
    }
    if (!same) {
      this.result = this.fill(resolve);
      this.ready = true;
    }
    return this.result;
  }
}
