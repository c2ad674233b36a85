import { sql } from "drizzle-orm";
import { rows, type Database, type Executor, type Transaction } from "./client.js";

/**
 * The history tables, range-partitioned by month (UTC) with a DEFAULT partition
 * (drizzle/0027_partitioned_history.sql). `key` is the partition key; a UUID key is a v7 id, whose
 * first 48 bits are the Unix milliseconds it was made at, so its range is a range of time.
 * `refresh`: the SQL function that re-derives what the table's rows feed, called with the
 * customers of a dropped partition (dropping a table fires no delete trigger).
 */
export const HISTORY_TABLES = {
  tracking_events: { key: "shipment_id", uuid: true, refresh: null },
  interactions: { key: "id", uuid: true, refresh: "refresh_customer_traits" },
  audit_log: { key: "at", uuid: false, refresh: null },
  activity_events: { key: "occurred_at", uuid: false, refresh: "refresh_segment_memberships" },
} as const;

export type HistoryTable = keyof typeof HISTORY_TABLES;

export interface PartitionSettings {
  /** Months after the current one that have a partition before they start. */
  monthsAhead: number;
  /** Days each table keeps its rows (0: kept for ever). Whole months go: a row stays at least this long, at most a month longer. */
  retentionDays: Record<HistoryTable, number>;
}

export interface MaintenanceResult {
  created: string[];
  dropped: string[];
  /** Rows past their retention deleted from the DEFAULT partitions. */
  purged: number;
}

/** Serialises maintenance across processes (pg_advisory_xact_lock's key: "history-partitions"). */
const MAINTENANCE_LOCK = 0x70617274;

const MONTH = /_p(\d{4})(\d{2})$/;
const utcMonth = (at: Date, plus = 0) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + plus, 1));

/** The monthly partitions of a table, with the first instant of each one's month (the DEFAULT partition is not listed). */
export async function listPartitions(db: Executor, table: HistoryTable): Promise<{ name: string; month: Date }[]> {
  const found = await rows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = ${table}::regclass order by 1`,
  );
  return found.flatMap(({ name }) => {
    const m = MONTH.exec(name);
    return m && name === `${table}_p${m[1]}${m[2]}` ? [{ name, month: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) }] : [];
  });
}

/** The partition key as a time: the column itself, or the time inside its v7 UUID (null for other ids). */
const keyTime = (table: HistoryTable) => {
  const { key, uuid } = HISTORY_TABLES[table];
  return uuid ? sql.raw(`history_uuid_time("${key}")`) : sql.raw(`"${key}"`);
};

/** The key's value at the first instant of `month`, as the partition bounds use it. */
const bound = (table: HistoryTable, month: Date) => (HISTORY_TABLES[table].uuid ? sql`history_uuid_floor(${month.toISOString()}::timestamptz)` : sql`${month.toISOString()}::timestamptz`);

/**
 * Creates the partitions ahead (this month and `monthsAhead` more), and one for every month whose
 * rows wait in the DEFAULT partition (inserted before their month had one; `history_partition_create`
 * moves them); then, where a table has a retention, drops the partitions whose whole month is
 * older than it, re-deriving what their rows fed, and deletes such rows from the DEFAULT
 * partition (through the parent, so its triggers and foreign-key actions run). Each creation and
 * drop is a short transaction under an advisory lock: processes running it at once take turns,
 * and a table's reads and writes wait for one step at most.
 */
export async function maintainPartitions(db: Database, settings: PartitionSettings, now = new Date()): Promise<MaintenanceResult> {
  const result: MaintenanceResult = { created: [], dropped: [], purged: 0 };
  // Each step is a short transaction of its own: creating or dropping a partition locks its
  // parent exclusively, which must not outlast the step (ingestion waits meanwhile).
  const step = <T>(work: (tx: Transaction) => Promise<T>) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MAINTENANCE_LOCK})`);
      return work(tx);
    });
  for (const table of Object.keys(HISTORY_TABLES) as HistoryTable[]) {
    const days = settings.retentionDays[table];
    const oldest = days > 0 ? utcMonth(new Date(now.getTime() - days * 86_400_000)) : null;
    const last = utcMonth(now, settings.monthsAhead);
    const waiting = await rows<{ month: Date | string }>(
      db,
      sql`select distinct history_month(t) as month from (select ${keyTime(table)} as t from ${sql.raw(`"${table}_default"`)}) k
        where t is not null and t < ${utcMonth(last, 1).toISOString()}::timestamptz ${oldest ? sql`and t >= ${oldest.toISOString()}::timestamptz` : sql``}`,
    );
    const months = new Map<number, Date>();
    for (let i = 0; i <= settings.monthsAhead; i++) months.set(utcMonth(now, i).getTime(), utcMonth(now, i));
    for (const { month } of waiting) months.set(new Date(month).getTime(), new Date(month));
    const existing = new Set((await listPartitions(db, table)).map((p) => p.month.getTime()));
    for (const month of [...months.values()].filter((m) => !existing.has(m.getTime())).sort((a, b) => a.getTime() - b.getTime())) {
      const [made] = await step((tx) => rows<{ name: string | null }>(tx, sql`select history_partition_create(${table}, ${month.toISOString()}::timestamptz) as name`));
      if (made?.name) result.created.push(made.name);
    }
    if (!oldest) continue;
    for (const partition of await listPartitions(db, table)) {
      if (partition.month.getTime() >= oldest.getTime()) continue;
      await step((tx) => dropPartition(tx, table, partition.name, partition.month));
      result.dropped.push(partition.name);
    }
    const { key, uuid } = HISTORY_TABLES[table];
    const [purged] = await rows<{ n: number }>(
      db,
      sql`with gone as (delete from ${sql.raw(`"${table}"`)} where ${sql.raw(`"${key}"`)} < ${bound(table, oldest)}
        ${uuid ? sql.raw(`and history_uuid_time("${key}") is not null`) : sql``} returning 1) select count(*)::int as n from gone`,
    );
    result.purged += Number(purged?.n ?? 0);
  }
  return result;
}

/**
 * Drops one month's partition. Rows of other tables that reference its rows by the partition key
 * (source_interactions.interaction_id) are let go first, as ON DELETE SET NULL would; the
 * customers whose rows went have their derived rows (traits, segment memberships) refreshed.
 */
async function dropPartition(tx: Executor, table: HistoryTable, name: string, month: Date): Promise<void> {
  const { key, refresh } = HISTORY_TABLES[table];
  const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  const referencing = await rows<{ child: string; col: string }>(
    tx,
    sql`select c.conrelid::regclass::text as child, a.attname as col from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      join pg_attribute r on r.attrelid = c.confrelid and r.attnum = c.confkey[1]
      where c.contype = 'f' and c.confrelid = ${table}::regclass and c.conparentid = 0 and cardinality(c.conkey) = 1 and r.attname = ${key}`,
  );
  for (const { child, col } of referencing) {
    await tx.execute(sql`update ${sql.raw(child)} set ${sql.raw(`"${col}"`)} = null where ${sql.raw(`"${col}"`)} >= ${bound(table, month)} and ${sql.raw(`"${col}"`)} < ${bound(table, next)}`);
  }
  const customers = refresh
    ? ((await rows<{ ids: string[] | null }>(tx, sql`select array_agg(distinct customer_id) filter (where customer_id is not null) as ids from ${sql.raw(`"${name}"`)}`))[0]?.ids ?? [])
    : [];
  // Detached first: a partition of a table other tables reference cannot be dropped while attached.
  await tx.execute(sql.raw(`alter table "${table}" detach partition "${name}"`));
  await tx.execute(sql.raw(`drop table "${name}"`));
  if (refresh && customers.length > 0) {
    await tx.execute(sql`select ${sql.raw(refresh)}(array(select jsonb_array_elements_text(${JSON.stringify(customers)}::jsonb)::uuid))`);
  }
}
