import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setImmediate as tick } from "node:timers/promises";
import { ReadWriteGate } from "../../src/store/read-write-gate.js";

/** A task that runs until its `finish` is called, logging when it starts and ends. */
function task(log: string[], name: string) {
  let finish = (): void => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    finish,
    run: async () => {
      log.push(`${name} start`);
      await done;
      log.push(`${name} end`);
    },
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
}

describe("ReadWriteGate", () => {
  it("runs reads side by side and a write alone", async () => {
    const gate = new ReadWriteGate();
    const log: string[] = [];
    const [r1, r2, w] = [task(log, "r1"), task(log, "r2"), task(log, "w")];
    const reads = [gate.read(r1.run), gate.read(r2.run)];
    const write = gate.write(w.run);
    await settle();
    assert.deepEqual(log, ["r1 start", "r2 start"]);
    r1.finish();
    await settle();
    assert.deepEqual(log, ["r1 start", "r2 start", "r1 end"]);
    r2.finish();
    await settle();
    assert.deepEqual(log.slice(3), ["r2 end", "w start"]);
    w.finish();
    await Promise.all([...reads, write]);
  });

  it("holds new readers behind a waiting writer, then lets them go before the next writer", async () => {
    const gate = new ReadWriteGate();
    const log: string[] = [];
    const [r1, w1, r2, w2] = [task(log, "r1"), task(log, "w1"), task(log, "r2"), task(log, "w2")];
    const all = [gate.read(r1.run), gate.write(w1.run)];
    await settle();
    all.push(gate.read(r2.run), gate.write(w2.run));
    await settle();
    assert.deepEqual(log, ["r1 start"]);
    r1.finish();
    await settle();
    assert.deepEqual(log.slice(1), ["r1 end", "w1 start"]);
    w1.finish();
    await settle();
    assert.deepEqual(log.slice(3), ["w1 end", "r2 start"]);
    r2.finish();
    await settle();
    assert.deepEqual(log.slice(5), ["r2 end", "w2 start"]);
    w2.finish();
    await Promise.all(all);
  });

  it("lets the next one in when a task fails, and passes the error on", async () => {
    const gate = new ReadWriteGate();
    await assert.rejects(
      gate.write(async () => {
        throw new Error("write failed");
      }),
      /write failed/,
    );
    await assert.rejects(
      gate.read(async () => {
        throw new Error("read failed");
      }),
      /read failed/,
    );
    assert.equal(await gate.write(async () => 1), 1);
    assert.equal(await gate.read(async () => 2), 2);
  });
});
