import { Gauge, type Registry } from "prom-client";
import type { ReadReplica } from "../db/replica.js";

/** The read replica as the last check saw it: alert on `db_replica_usable == 0` lasting, graph the lag. */
export function replicaMetrics(replica: ReadReplica, metrics: Registry): void {
  new Gauge({
    name: "db_replica_usable",
    help: "1 while query operations read from the replica (DATABASE_READ_URL), 0 while it is bypassed (lagging or unreachable)",
    registers: [metrics],
    collect() {
      this.set(replica.usable ? 1 : 0);
    },
  });
  new Gauge({
    name: "db_replica_lag_seconds",
    help: "How far the replica was behind the primary at its last check (seconds; absent while unknown)",
    registers: [metrics],
    collect() {
      const { lagMs } = replica.state;
      if (lagMs === null) this.reset();
      else this.set(lagMs / 1000);
    },
  });
}
