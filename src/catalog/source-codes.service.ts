import { Param, sql } from "drizzle-orm";
import type { Principal } from "../auth/principal.js";
import { rows, type Database, type Executor } from "../db/client.js";
import { badInput } from "../errors.js";
import { importSource } from "../organisations/sources.js";

/** How an imported line names its product: the catalog's SKU, the package's EAN, or the source's own code (source_product_codes). */
export type ProductRef = { kind: "SKU" | "EAN" | "CODE"; value: string };

/** The product a reference found: what an imported line snapshots. */
export interface ResolvedProduct {
  productId: string;
  sku: string;
  name: string;
}

const texts = (values: readonly string[]) => sql`${new Param([...values])}::text[]`;

/** Finds every product a batch of one source's records names, in one statement; the lookup answers null for an unknown reference. */
export async function productsByRefs(db: Executor, source: string, refs: readonly ProductRef[]): Promise<(ref: ProductRef) => ResolvedProduct | null> {
  const of = (kind: ProductRef["kind"]) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.value))];
  const found =
    refs.length === 0
      ? []
      : await rows<{ kind: string; value: string; id: string; sku: string; name: string }>(
          db as Database,
          sql`select 'SKU' as kind, p.sku as value, p.id, p.sku, p.name from products p where p.sku = any(${texts(of("SKU"))})
              union all select 'EAN', p.ean, p.id, p.sku, p.name from products p where p.ean = any(${texts(of("EAN"))})
              union all select 'CODE', c.code, p.id, p.sku, p.name from source_product_codes c join products p on p.id = c.product_id
                where c.source = ${source} and c.code = any(${texts(of("CODE"))})`,
        );
  const byRef = new Map(found.map((f) => [`${f.kind}:${f.value}`, { productId: f.id, sku: f.sku, name: f.name }]));
  return (ref) => byRef.get(`${ref.kind}:${ref.value}`) ?? null;
}

export interface ProductCodeRejection {
  index: number;
  code: string;
  field: string;
  message: string;
}

/**
 * A source system's own product codes (a dealer's part numbers), each mapped to a catalog SKU, so
 * that its imported order lines (`code`) find their product. A code mapped again moves to the new
 * SKU. Who may map a source's codes is who may import into it. A stored order line that was
 * quarantined for an unknown code is kept as sent: sending that order again picks up the mapping.
 */
export async function mapSourceProductCodes(db: Database, principal: Principal, input: { source: string; codes: { code: string; sku: string }[] }) {
  const source = await importSource(db, principal, input.source, "product codes");
  if (input.codes.length === 0) throw badInput("input.codes", "Give at least one code");
  const rejected: ProductCodeRejection[] = [];
  const seen = new Set<string>();
  const valid = input.codes.flatMap((c, index) => {
    const at = `input.codes.${index}`;
    const code = c.code.trim();
    const sku = c.sku.trim();
    const reject = (field: string, message: string) => (rejected.push({ index, code: "BAD_USER_INPUT", field: `${at}.${field}`, message }), []);
    if (!code || code.length > 100) return reject("code", "A code has 1 to 100 characters");
    if (seen.has(code)) return reject("code", "This code appears earlier in the same call");
    seen.add(code);
    return [{ index, code, sku }];
  });
  if (valid.length === 0) return { mapped: 0, rejected };
  return db.transaction(async (tx) => {
    const found = await rows<{ id: string; sku: string }>(tx as unknown as Database, sql`select id, sku from products where sku = any(${new Param(valid.map((v) => v.sku))}::text[])`);
    const bySku = new Map(found.map((p) => [p.sku, p.id]));
    const mapped = valid.filter((v) => {
      if (bySku.has(v.sku)) return true;
      rejected.push({ index: v.index, code: "NOT_FOUND", field: `input.codes.${v.index}.sku`, message: `No product has SKU ${v.sku}` });
      return false;
    });
    if (mapped.length) {
      await tx.execute(sql`insert into source_product_codes (source, code, product_id)
        select ${source}, v.code, v.product_id from jsonb_to_recordset(${JSON.stringify(mapped.map((m) => ({ code: m.code, product_id: bySku.get(m.sku) })))}::jsonb) as v(code text, product_id uuid)
        on conflict (source, code) do update set product_id = excluded.product_id, updated_at = now()`);
    }
    rejected.sort((a, b) => a.index - b.index);
    return { mapped: mapped.length, rejected };
  });
}
