import type { SeedContext } from "./context.js";
import { CARRIERS, CATEGORIES, CITIES, DEALERS, PRODUCTS, SUPPLIERS, VEHICLE_MODELS, type City } from "./world.js";

export interface Reference {
  dealers: { id: string; code: string; city: City; sells: boolean; repairs: boolean; name: string; serviceBays: number }[];
  supplierIds: Map<string, string>;
  carriers: { id: string; code: string }[];
  categoryIds: Map<string, string>;
  /** `availableFrom` in the future: on order, so confirming an order with it splits the parcels. */
  products: { id: string; sku: string; name: string; price: number; category: string; availableFrom: Date | null }[];
  models: { id: string; code: string; wmi: string; firstYear: number; warrantyMonths: number; name: string }[];
}

const cityByName = new Map(CITIES.map((c) => [c.name, c]));

/** Businesses, catalog and vehicle models: the same in every seeded world. */
export function generateReference(ctx: SeedContext): Reference {
  const since = ctx.daysAgo(3 * 365);
  const dealers = DEALERS.map((d, i) => {
    const city = cityByName.get(d.city)!;
    const row = {
      id: ctx.id(since),
      code: d.code,
      name: d.name,
      sells: d.sells,
      repairs: d.repairs,
      city: city.name,
      province: city.province,
      lat: city.lat + ((i % 3) - 1) * 0.04,
      lng: city.lng + ((i % 2) - 0.5) * 0.05,
      phone: `+86400${String(8000000 + i * 1111).padStart(7, "0")}`,
      // By index, not by draw, so the rest of the world stays as it was.
      serviceBays: 2 + (i % 3),
      createdAt: since,
    };
    ctx.rows.dealers.push(row);
    return { id: row.id, code: d.code, city, sells: d.sells, repairs: d.repairs, name: d.name, serviceBays: row.serviceBays };
  });

  const supplierIds = new Map<string, string>();
  for (const s of SUPPLIERS) {
    const id = ctx.id(since);
    supplierIds.set(s.code, id);
    ctx.rows.suppliers.push({ id, ...s, createdAt: since });
  }

  const carriers = CARRIERS.map((c) => {
    const id = ctx.id(since);
    ctx.rows.carriers.push({ id, ...c, createdAt: since });
    return { id, code: c.code };
  });

  const categoryIds = new Map<string, string>();
  for (const c of CATEGORIES) {
    const id = ctx.id(since);
    categoryIds.set(c.slug, id);
    ctx.rows.productCategories.push({
      id,
      slug: c.slug,
      name: c.name,
      parentId: c.parent ? categoryIds.get(c.parent)! : null,
      returnWindowDays: c.returnWindowDays ?? null,
      replaceable: c.replaceable ?? false,
      createdAt: since,
    });
  }

  const products = PRODUCTS.map((p, i) => {
    const id = ctx.id(since);
    const availableFrom = i % 7 === 3 ? new Date(ctx.now.getTime() + (2 + (i % 5)) * 86_400_000) : null;
    ctx.rows.products.push({
      id,
      sku: p.sku,
      name: p.name,
      description: `${p.brand} ${p.name.toLowerCase()}.`,
      brand: p.brand,
      brandKind: p.store ? "STORE" : "NATIONAL",
      categoryId: categoryIds.get(p.category)!,
      supplierId: supplierIds.get(p.supplier)!,
      priceMinor: p.price,
      availableFrom,
      createdAt: since,
    });
    return { id, sku: p.sku, name: p.name, price: p.price, category: p.category, availableFrom };
  });

  const models = VEHICLE_MODELS.map((m) => {
    const id = ctx.id(since);
    const { wmi: _wmi, ...columns } = m;
    ctx.rows.vehicleModels.push({ id, ...columns, createdAt: since });
    return { id, code: m.code, wmi: m.wmi, firstYear: m.firstYear, warrantyMonths: m.warrantyMonths, name: m.name };
  });

  return { dealers, supplierIds, carriers, categoryIds, products, models };
}
