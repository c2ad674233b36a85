import { readFlatFile } from "../validation/source-files.js";
import type { SourceVehicleSaleData } from "./sale-history-record.js";

/** Column names as dealer and maker systems export them (case-insensitive), one sale per row. */
const COLUMNS: Record<string, keyof SourceVehicleSaleData> = {
  sale_id: "saleId",
  saleid: "saleId",
  contract_id: "saleId",
  deal_id: "saleId",
  person_source_id: "personSourceId",
  customer_id: "personSourceId",
  buyer_id: "personSourceId",
  vin: "vin",
  sold_on: "soldOn",
  date: "soldOn",
  sale_date: "soldOn",
  delivery_date: "soldOn",
  ended_on: "endedOn",
  end_date: "endedOn",
  role: "role",
  dealer_code: "dealerCode",
  dealer: "dealerCode",
  model_code: "modelCode",
  model: "modelCode",
  model_year: "modelYear",
};

/** The sales of a .csv (header row, one sale per row) or .ndjson/.jsonl file (one SourceVehicleSaleInput-shaped object per line). */
export const readSaleFile = (path: string) => readFlatFile<SourceVehicleSaleData, keyof SourceVehicleSaleData>(path, COLUMNS);
