import { openStore } from "../../src/store/index.js";
import { storeTracker, type TargetKind } from "./harness.js";
import { storeSuite } from "./suite.js";

const memory: TargetKind = {
  name: "SQLite in memory",
  persistent: false,
  multiNode: false,
  async create() {
    const stores = storeTracker();
    return {
      schema: undefined,
      open: async () => stores.track(await openStore({ ephemeral: true })),
      dispose: () => stores.closeAll(),
    };
  },
};

storeSuite(memory);
