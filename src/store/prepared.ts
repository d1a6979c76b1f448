/**
 * Queries built and compiled once, then run many times with new values.
 * Kysely builds and compiles a query anew on every call, which costs more
 * than SQLite takes to run a small one; the hot reads of every request (a
 * user by name, an entity's tags, a page of a list) are built here once with
 * marker values, compiled once per dialect, and each run puts the given
 * values where the markers were. Only scalar values can be parameters (not
 * lists that Kysely would expand, nor values inside raw SQL); a value the
 * query does not use is ignored. Inside a SQLite read the compiled query
 * runs at once on the connection (sqlite-read.ts), skipping Kysely's executor.
 */
import type { Compilable, CompiledQuery, Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";
import { RUN_READ, type RunRead } from "./sqlite-read.js";

type Db = Kysely<Database> | Transaction<Database>;

interface Template {
  compiled: CompiledQuery;
  /** For each compiled parameter, the index of the value it takes, or -1 for a constant. */
  slots: number[];
}

export class PreparedQuery<Params extends readonly unknown[], Row> {
  readonly #build: (db: Kysely<Database>, ...params: Params) => Compilable<Row>;
  readonly #arity: number;
  /** By the dialect's adapter (one per database; transactions share it). */
  readonly #templates = new WeakMap<object, Template>();

  constructor(arity: number, build: (db: Kysely<Database>, ...params: Params) => Compilable<Row>) {
    this.#arity = arity;
    this.#build = build;
  }

  /** Every row. */
  async all(db: Db, ...params: Params): Promise<Row[]> {
    const { compiled, slots } = this.#template(db);
    const parameters = compiled.parameters.map((constant, i) => {
      const slot = slots[i] ?? -1;
      return slot < 0 ? constant : params[slot];
    });
    const runRead = (db as { [RUN_READ]?: RunRead })[RUN_READ];
    if (runRead !== undefined) return runRead(compiled.sql, parameters) as Row[];
    const result = await db.executeQuery<Row>({ ...compiled, parameters } as CompiledQuery<Row>);
    return result.rows;
  }

  /** The first row, or undefined. */
  async first(db: Db, ...params: Params): Promise<Row | undefined> {
    return (await this.all(db, ...params))[0];
  }

  #template(db: Db): Template {
    const key = db.getExecutor().adapter;
    let template = this.#templates.get(key);
    if (template === undefined) {
      const markers = Array.from({ length: this.#arity }, (_, i) => `\u0000prepared:${i}\u0000`);
      const compiled = this.#build(db, ...(markers as unknown as Params)).compile();
      const slots = compiled.parameters.map((p) =>
        typeof p === "string" ? markers.indexOf(p) : -1,
      );
      // A value the query put in its text rather than its parameters cannot be swapped.
      if (compiled.sql.includes("\u0000prepared:")) {
        throw new Error("prepared query: a value is not a parameter");
      }
      template = { compiled, slots };
      this.#templates.set(key, template);
    }
    return template;
  }
}

/** A query of `arity` values, built by `build` from marker values (see the module comment). */
export function prepare<Params extends readonly unknown[], Row>(
  arity: Params["length"],
  build: (db: Kysely<Database>, ...params: Params) => Compilable<Row>,
): PreparedQuery<Params, Row> {
  return new PreparedQuery(arity, build);
}
