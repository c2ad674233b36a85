import type { PGlite } from "@electric-sql/pglite";

/** The schemas the migrations and the tests create objects in (not PostgreSQL's own, nor temporary ones). */
const OWN = (namespace: string) => `${namespace}.nspname not in ('pg_catalog', 'information_schema') and ${namespace}.nspname not like 'pg\\_%'`;

/**
 * One hash of everything a test could change besides rows and session state: relations and their
 * options, columns and defaults, constraints, indexes, triggers, functions, views, types and enum
 * labels, policies, roles, database settings, extensions, schemas and the migrations applied.
 */
const CATALOG = `select md5(string_agg(entry, E'\\n' order by entry)) as catalog from (
  select format('relation %s.%s %s %s %s %s %s', n.nspname, c.relname, c.relkind, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity, c.reloptions) as entry
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${OWN("n")}
  union all select format('column %s %s %s %s %s %s', a.attrelid::regclass, a.attname, a.atttypid::regtype, a.attnotnull, a.attgenerated, pg_get_expr(d.adbin, d.adrelid))
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum where a.attnum > 0 and not a.attisdropped and ${OWN("n")}
  union all select format('constraint %s %s %s', co.conrelid::regclass, co.conname, pg_get_constraintdef(co.oid))
    from pg_constraint co join pg_namespace n on n.oid = co.connamespace where ${OWN("n")}
  union all select format('index %s', pg_get_indexdef(i.indexrelid))
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace where ${OWN("n")}
  union all select format('trigger %s %s %s', t.tgrelid::regclass, t.tgname, t.tgenabled) from pg_trigger t where not t.tgisinternal
  union all select format('function %s %s', p.oid::regprocedure, md5(p.prosrc)) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where ${OWN("n")}
  union all select format('view %s %s', c.oid::regclass, md5(pg_get_viewdef(c.oid)))
    from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('v', 'm') and ${OWN("n")}
  union all select format('type %s', t.oid::regtype) from pg_type t join pg_namespace n on n.oid = t.typnamespace where ${OWN("n")}
  union all select format('enum %s %s %s', e.enumtypid::regtype, e.enumlabel, e.enumsortorder) from pg_enum e
  union all select format('policy %s %s', p.polrelid::regclass, p.polname) from pg_policy p
  union all select format('role %s %s', r.rolname, r.rolsuper) from pg_roles r
  union all select format('setting %s %s %s', s.setdatabase, s.setrole, s.setconfig) from pg_db_role_setting s
  union all select format('extension %s %s', x.extname, x.extversion) from pg_extension x
  union all select format('schema %s', n.nspname) from pg_namespace n where ${OWN("n")}
  union all select format('migrations %s', count(*)) from drizzle.__drizzle_migrations
) entries`;

/** Every table the tests write rows to: the partitioned ones empty their partitions with them; drizzle's record of migrations stays. */
const TABLES = `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p') and not c.relispartition and n.nspname <> 'drizzle' and ${OWN("n")} order by 1`;

/** Rows the migrations inserted (reference data) and each sequence's position, as the snapshot has them. */
interface SnapshotState {
  catalog: string;
  /** The tables that hold rows or were analyzed (their planner figures are no longer the snapshot's): the ones to truncate. */
  touched: string;
  refill: { statement: string; rows: string }[];
  sequences: string | undefined;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function capture(pglite: PGlite): Promise<SnapshotState> {
  const [{ catalog }] = (await pglite.query<{ catalog: string }>(CATALOG)).rows as [{ catalog: string }];
  const tables = (await pglite.query<{ name: string }>(TABLES)).rows.map((t) => t.name);
  const refill: SnapshotState["refill"] = [];
  for (const table of tables) {
    const [{ rows }] = (await pglite.query<{ rows: string | null }>(`select json_agg(t)::text as rows from ${table} t`)).rows as [{ rows: string | null }];
    if (rows === null) continue;
    // Generated columns cannot be inserted; they are computed again.
    const columns = (
      await pglite.query<{ name: string }>(
        `select format('%I', attname) as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
        [table],
      )
    ).rows.map((c) => c.name);
    const list = columns.join(", ");
    refill.push({ statement: `insert into ${table} (${list}) overriding system value select ${list} from json_populate_recordset(null::${table}, $1::json)`, rows });
  }
  const positions = (
    await pglite.query<{ position: string }>(
      `select format('setval(%L, %s, %L)', format('%I.%I', schemaname, sequencename), coalesce(last_value, start_value), last_value is not null) as position
         from pg_sequences where schemaname <> 'drizzle'`,
    )
  ).rows.map((s) => s.position);
  return {
    catalog,
    touched: `${tables.map((table) => `select ${quote(table)} as name where exists (select from ${table})`).join(" union all ")}
      union select format('%I.%I', n.nspname, r.relname) from pg_class c join pg_class r on r.oid = pg_partition_root(c.oid) join pg_namespace n on n.oid = r.relnamespace
        where c.relkind = 'r' and c.reltuples >= 0 and n.nspname <> 'drizzle' and ${OWN("n")}`,
    refill,
    sequences: positions.length ? `select ${positions.join(", ")}` : undefined,
  };
}

/**
 * Emptied PGlite databases handed from one test file to the next in the same worker.
 *
 * Starting PGlite from the run's migrated snapshot costs about half a second of CPU (the
 * WebAssembly instance, unpacking the data directory, PostgreSQL's start), once per test file;
 * emptying a database its file is done with costs a fraction of that. The worker gives an instance
 * again only when nothing but rows and session state changed: its catalog hashes as the
 * snapshot's did, nothing listens on it and no transaction is open. Then its rows go, the
 * migrations' own rows and every sequence's position come back, planner statistics are
 * forgotten, and the session is reset (settings, prepared statements, locks). Any other instance
 * is closed, and the next file starts from the snapshot as before.
 */
export class PgliteSpares {
  private readonly spare: PGlite[] = [];
  private snapshot?: Promise<SnapshotState>;

  constructor(
    private readonly fresh: () => Promise<PGlite>,
    private readonly keep = 2,
  ) {}

  async take(): Promise<PGlite> {
    const reused = this.spare.pop();
    if (reused) return reused;
    const pglite = await this.fresh();
    // From the first fresh instance, before any test has touched it.
    this.snapshot ??= capture(pglite);
    await this.snapshot;
    return pglite;
  }

  /** Empties `pglite` for the next file, or closes it when it cannot be trusted to be as the snapshot was. */
  async giveBack(pglite: PGlite): Promise<void> {
    if (pglite.closed) return;
    let timer: NodeJS.Timeout | undefined;
    // A transaction a test left running holds PGlite's lock: the instance is abandoned rather than waited for.
    const stuck = new Promise<"stuck">((resolve) => (timer = setTimeout(() => resolve("stuck"), 5_000)));
    const emptied = this.empty(pglite).then(
      (done) => (done ? "emptied" : "refused"),
      () => "refused" as const,
    );
    const outcome = await Promise.race([emptied, stuck]).finally(() => clearTimeout(timer));
    if (outcome === "emptied" && this.spare.length < this.keep) this.spare.push(pglite);
    else if (outcome === "stuck") void pglite.close().catch(() => undefined);
    else await pglite.close().catch(() => undefined);
  }

  private async empty(pglite: PGlite): Promise<boolean> {
    const snapshot = await this.snapshot!;
    // Listeners live in PGlite's JavaScript too: a channel still listened to would call a closed server.
    const listening = await pglite.query("select pg_listening_channels()");
    if (listening.rows.length > 0) return false;
    // Refused inside an open transaction; resets settings, prepared statements, temporary tables and advisory locks.
    await pglite.exec("discard all");
    const [{ catalog }] = (await pglite.query<{ catalog: string }>(CATALOG)).rows as [{ catalog: string }];
    if (catalog !== snapshot.catalog) return false;
    const touched = (await pglite.query<{ name: string }>(snapshot.touched)).rows.map((t) => t.name);
    await pglite.transaction(async (tx) => {
      if (touched.length) await tx.exec(`truncate ${touched.join(", ")} restart identity cascade`);
      for (const { statement, rows } of snapshot.refill) await tx.query(statement, [rows]);
      if (snapshot.sequences) await tx.query(snapshot.sequences);
      // ANALYZE's statistics of the last file's rows would steer the next file's plans.
      await tx.exec(`delete from pg_statistic where starelid in (select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace where ${OWN("n")})`);
      await tx.exec(`delete from pg_statistic_ext_data where stxoid in (select s.oid from pg_statistic_ext s join pg_namespace n on n.oid = s.stxnamespace where ${OWN("n")})`);
    });
    return true;
  }
}
