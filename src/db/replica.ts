import postgres from "postgres";

export interface ReplicaOptions {
  /** postgres:// URL of a streaming replica of the primary (`DATABASE_READ_URL`). */
  url: string;
  /** A replica further behind than this is bypassed until it catches up (`REPLICA_MAX_LAG_MS`). */
  maxLagMs: number;
  /** How often lag and reachability are measured (`REPLICA_CHECK_MS`): never per request. */
  checkMs: number;
  poolMax: number;
  statementTimeoutMs?: number;
  /** Called when the replica becomes usable or stops being so (the server logs it). */
  onChange?: (state: ReplicaState) => void;
}

export interface ReplicaState {
  /** Whether query operations' reads go to the replica now. */
  usable: boolean;
  /** `lagging` past maxLagMs, `unreachable` (down, refusing, failing), `unchecked` before the first check. */
  status: "current" | "lagging" | "unreachable" | "unchecked";
  /** How far behind the primary it was at the last check, in ms (null when unknown). */
  lagMs: number | null;
}

/** SQLSTATEs after which a read the replica refused is run on the primary instead. */
const PRIMARY_ANSWERS = new Set([
  "25006", // read_only_sql_transaction: a statement that looked like a read writes (nextval, a function)
  "40001", // on a standby: canceled by a conflict with recovery (a vacuum replayed under it)
]);

export function replicaRefused(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return (typeof code === "string" && PRIMARY_ANSWERS.has(code)) || replicaRefused(cause, depth + 1);
}

/** Statements that may run on a replica: reads. Anything else (and any transaction) is the primary's. */
export const READ_STATEMENT = /^\s*\(?\s*(select|with)\b/i;
const WRITING_CTE = /\b(insert|update|delete|merge)\b/i;

/** A WAL position as PostgreSQL prints a pg_lsn (`16/B374D848`), as a number; undefined when it is not one. */
export function parseLsn(text: string): bigint | undefined {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  return match ? (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`) : undefined;
}

export function isReadStatement(text: string): boolean {
  if (!READ_STATEMENT.test(text)) return false;
  // A data-modifying CTE starts with WITH too; a mere mention in a string or name only costs a primary read.
  return !/^\s*with\b/i.test(text) || !WRITING_CTE.test(text);
}

/**
 * A streaming replica and how current it is. Lag is measured as a time from WAL positions, not
 * from `now() - pg_last_xact_replay_timestamp()` (which grows while the primary is idle and
 * compares two machines' clocks): every check samples the primary's `pg_current_wal_lsn()` and
 * the replica's `pg_last_wal_replay_lsn()`; the replica is as current as the primary was at the
 * latest sample whose position it has replayed, and its lag is the time since that sample (at
 * most one check period too high, never too low). A server that is not in recovery (the primary itself named
 * twice) is current by definition.
 */
export class ReadReplica {
  readonly client: postgres.Sql;
  private readonly samples: { at: number; lsn: bigint }[] = [];
  private current: ReplicaState = { usable: false, status: "unchecked", lagMs: null };
  private readonly timer: NodeJS.Timeout;
  private checking: Promise<ReplicaState> | undefined;
  /** The replay position last read from the replica (null: not in recovery, so it has everything). */
  private replayedLsn: bigint | null = -1n;
  private rereading: Promise<bigint | null> | undefined;

  constructor(
    private readonly primary: postgres.Sql,
    private readonly options: ReplicaOptions,
  ) {
    const connection = options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : undefined;
    // A replica that does not answer must not hold requests long: the primary answers them instead.
    this.client = postgres(options.url, { max: options.poolMax, onnotice: () => undefined, connect_timeout: 2, ...(connection ? { connection } : {}) });
    this.timer = setInterval(() => void this.check(), options.checkMs);
    this.timer.unref();
  }

  get state(): ReplicaState {
    return this.current;
  }

  get usable(): boolean {
    return this.current.usable;
  }

  /** Measures now; concurrent callers share one measurement. */
  check(): Promise<ReplicaState> {
    this.checking ??= this.measure().finally(() => (this.checking = undefined));
    return this.checking;
  }

  /** A read on the replica failed as if it were down: bypass it until a check finds it back. */
  markDown(): void {
    this.set({ usable: false, status: "unreachable", lagMs: this.current.lagMs });
  }

  /**
   * Whether the replica may answer a read that must see everything up to `lsn` (a client's last
   * write, read-your-writes by position): the replay position of the last check answers most
   * calls; only when it is behind is the replica asked once more (concurrent callers share the
   * question), since it may have replayed further since. A bypassed replica answers no.
   */
  async hasReplayed(lsn: bigint): Promise<boolean> {
    if (!this.current.usable) return false;
    if (this.replayedLsn === null || this.replayedLsn >= lsn) return true;
    this.rereading ??= this.client
      .unsafe("select pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::text")
      .values()
      .then(([row]) => this.noteReplayed(row![0] === null ? null : BigInt(row![0] as string)))
      .finally(() => (this.rereading = undefined));
    try {
      const replayed = await this.rereading;
      return replayed === null || replayed >= lsn;
    } catch {
      // The check will tell whether it is down; this read takes the primary meanwhile.
      return false;
    }
  }

  /**
   * The primary's WAL insert position now, as PostgreSQL writes it (`16/B374D848`): asked after a
   * mutation's commit, it is at or past the commit record, so a replica that has replayed it has
   * the mutation's writes (with asynchronous commit `pg_current_wal_lsn()` may not cover them yet).
   */
  async primaryPosition(): Promise<string> {
    const [row] = await this.primary.unsafe("select pg_current_wal_insert_lsn()::text").values();
    return row![0] as string;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.client.end({ timeout: 5 });
  }

  private async measure(): Promise<ReplicaState> {
    const at = Date.now();
    try {
      const [primary] = await this.primary.unsafe("select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::text").values();
      this.remember(at, BigInt(primary![0] as string));
      const [replica] = await this.client.unsafe("select pg_is_in_recovery(), pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::text").values();
      const [recovering, replayed] = replica as [boolean, string | null];
      // As for the primary (db/client.ts fetchTypesOnce): array types are read by the first connection only.
      (this.client.options as { fetch_types: boolean }).fetch_types = false;
      this.noteReplayed(recovering ? (replayed === null ? -1n : BigInt(replayed)) : null);
      if (!recovering) return this.set({ usable: true, status: "current", lagMs: 0 });
      const { lagMs, behind } = this.lagOf(replayed === null ? -1n : BigInt(replayed), Date.now());
      return !behind && lagMs <= this.options.maxLagMs
        ? this.set({ usable: true, status: "current", lagMs })
        : this.set({ usable: false, status: "lagging", lagMs });
    } catch {
      // The primary failing the check says nothing of the replica, but nothing can be compared.
      return this.set({ usable: false, status: "unreachable", lagMs: null });
    }
  }

  /** Keeps the furthest replay position read (null: the server is not a standby). */
  private noteReplayed(replayed: bigint | null): bigint | null {
    if (replayed === null) this.replayedLsn = null;
    else if (this.replayedLsn === null || replayed > this.replayedLsn) this.replayedLsn = replayed;
    return this.replayedLsn;
  }

  private remember(at: number, lsn: bigint): void {
    this.samples.push({ at, lsn });
    // Enough history to tell a lag a little beyond the threshold; older samples cannot change the verdict.
    const horizon = at - this.options.maxLagMs - 2 * this.options.checkMs;
    while (this.samples.length > 1 && this.samples[1]!.at < horizon) this.samples.shift();
  }

  /**
   * Ms since the latest sampled primary position the replica has replayed: what it lacks was
   * written after that sample. Behind every sample kept: at least the age of the oldest, and
   * never current (`behind`).
   */
  private lagOf(replayed: bigint, now: number): { lagMs: number; behind?: true } {
    for (let i = this.samples.length - 1; i >= 0; i--) {
      const sample = this.samples[i]!;
      if (sample.lsn <= replayed) return { lagMs: i === this.samples.length - 1 ? 0 : now - sample.at };
    }
    return { lagMs: now - this.samples[0]!.at, behind: true };
  }

  private set(state: ReplicaState): ReplicaState {
    const changed = state.usable !== this.current.usable || state.status !== this.current.status;
    this.current = state;
    if (changed) this.options.onChange?.(state);
    return state;
  }
}
