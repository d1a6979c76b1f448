/**
 * Readers together, a writer alone: SQLite's one connection serves every
 * read and every write transaction, so a read must never run its queries
 * while a write transaction is open on it (it would see uncommitted rows),
 * and a write must not begin while a read is between two of its queries (the
 * read would lose its snapshot). Reads run side by side. A waiting writer
 * holds back new readers, and after a write the readers that waited go
 * first, so neither side starves.
 */
export class ReadWriteGate {
  private readers = 0;
  private writing = false;
  private waitingReaders: (() => void)[] = [];
  private readonly waitingWriters: (() => void)[] = [];

  async read<T>(fn: () => Promise<T>): Promise<T> {
    if (this.writing || this.waitingWriters.length > 0) {
      // Counted in by whoever wakes us.
      await new Promise<void>((resolve) => this.waitingReaders.push(resolve));
    } else {
      this.readers++;
    }
    try {
      return await fn();
    } finally {
      this.readers--;
      if (this.readers === 0) this.nextWriter();
    }
  }

  async write<T>(fn: () => Promise<T>): Promise<T> {
    if (this.writing || this.readers > 0) {
      // Let in by whoever wakes us.
      await new Promise<void>((resolve) => this.waitingWriters.push(resolve));
    } else {
      this.writing = true;
    }
    try {
      return await fn();
    } finally {
      this.writing = false;
      if (this.waitingReaders.length > 0) this.wakeReaders();
      else this.nextWriter();
    }
  }

  private nextWriter(): void {
    const writer = this.waitingWriters.shift();
    if (writer === undefined) return;
    this.writing = true;
    writer();
  }

  private wakeReaders(): void {
    const readers = this.waitingReaders;
    this.waitingReaders = [];
    this.readers += readers.length;
    for (const wake of readers) wake();
  }
}
