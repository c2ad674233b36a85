/** The fixed part of the demo world: places, businesses, catalog and vehicle models. */

export interface City {
  name: string;
  /** Licence-plate prefix of the city. */
  platePrefix: string;
  province: string;
  lat: number;
  lng: number;
  postcode: string;
  districts: string[];
}

export const CITIES: City[] = [
  { name: "Shanghai", platePrefix: "沪A", province: "Shanghai", lat: 31.2304, lng: 121.4737, postcode: "200", districts: ["Pudong", "Xuhui", "Minhang", "Jing'an"] },
  { name: "Beijing", platePrefix: "京A", province: "Beijing", lat: 39.9042, lng: 116.4074, postcode: "100", districts: ["Chaoyang", "Haidian", "Dongcheng", "Fengtai"] },
  { name: "Guangzhou", platePrefix: "粤A", province: "Guangdong", lat: 23.1291, lng: 113.2644, postcode: "510", districts: ["Tianhe", "Yuexiu", "Haizhu"] },
  { name: "Shenzhen", platePrefix: "粤B", province: "Guangdong", lat: 22.5431, lng: 114.0579, postcode: "518", districts: ["Nanshan", "Futian", "Luohu"] },
  { name: "Chengdu", platePrefix: "川A", province: "Sichuan", lat: 30.5728, lng: 104.0668, postcode: "610", districts: ["Jinjiang", "Wuhou", "Qingyang"] },
  { name: "Hangzhou", platePrefix: "浙A", province: "Zhejiang", lat: 30.2741, lng: 120.1551, postcode: "310", districts: ["Xihu", "Binjiang", "Gongshu"] },
  { name: "Wuhan", platePrefix: "鄂A", province: "Hubei", lat: 30.5928, lng: 114.3055, postcode: "430", districts: ["Wuchang", "Hankou", "Hanyang"] },
  { name: "Nanjing", platePrefix: "苏A", province: "Jiangsu", lat: 32.0603, lng: 118.7969, postcode: "210", districts: ["Gulou", "Xuanwu", "Jianye"] },
  { name: "Xi'an", platePrefix: "陕A", province: "Shaanxi", lat: 34.3416, lng: 108.9398, postcode: "710", districts: ["Yanta", "Beilin", "Lianhu"] },
  { name: "Chongqing", platePrefix: "渝A", province: "Chongqing", lat: 29.563, lng: 106.5516, postcode: "400", districts: ["Yuzhong", "Jiangbei", "Nan'an"] },
];

export const STREETS = ["Renmin Road", "Jiefang Avenue", "Zhongshan Road", "Huaihai Road", "Nanjing Road", "Jianshe Road", "Heping Street", "Xinhua Road", "Changjiang Road", "Wenhua Road"];

export interface DealerSeed {
  code: string;
  name: string;
  city: string;
  sells: boolean;
  repairs: boolean;
}

export const DEALERS: DealerSeed[] = [
  { code: "SH-01", name: "Meridian Shanghai Pudong", city: "Shanghai", sells: true, repairs: true },
  { code: "SH-02", name: "Meridian Service Minhang", city: "Shanghai", sells: false, repairs: true },
  { code: "BJ-01", name: "Meridian Beijing Chaoyang", city: "Beijing", sells: true, repairs: true },
  { code: "BJ-02", name: "Meridian Beijing Haidian", city: "Beijing", sells: true, repairs: false },
  { code: "GZ-01", name: "Meridian Guangzhou Tianhe", city: "Guangzhou", sells: true, repairs: true },
  { code: "SZ-01", name: "Meridian Shenzhen Nanshan", city: "Shenzhen", sells: true, repairs: true },
  { code: "CD-01", name: "Meridian Chengdu Wuhou", city: "Chengdu", sells: true, repairs: true },
  { code: "HZ-01", name: "Meridian Hangzhou Binjiang", city: "Hangzhou", sells: true, repairs: false },
  { code: "HZ-02", name: "Meridian Service Xihu", city: "Hangzhou", sells: false, repairs: true },
  { code: "WH-01", name: "Meridian Wuhan Hankou", city: "Wuhan", sells: true, repairs: true },
  { code: "NJ-01", name: "Meridian Nanjing Jianye", city: "Nanjing", sells: true, repairs: true },
  { code: "XA-01", name: "Meridian Xi'an Yanta", city: "Xi'an", sells: true, repairs: true },
  { code: "CQ-01", name: "Meridian Chongqing Jiangbei", city: "Chongqing", sells: true, repairs: true },
];

export const SUPPLIERS = [
  { code: "BOSCH", name: "Bosch Automotive Aftermarket", country: "DE" },
  { code: "MICHELIN", name: "Michelin China", country: "FR" },
  { code: "CASTROL", name: "Castrol Lubricants", country: "GB" },
  { code: "DENSO", name: "Denso Parts", country: "JP" },
  { code: "CATL", name: "CATL Energy Accessories", country: "CN" },
  { code: "HUAYU", name: "Huayu Automotive Systems", country: "CN" },
  { code: "MERIDIAN", name: "Meridian Genuine Parts", country: "CN" },
];

export const CARRIERS = [
  { code: "SF", name: "SF Express" },
  { code: "JD", name: "JD Logistics" },
  { code: "ZTO", name: "ZTO Express" },
  { code: "EMS", name: "China Post EMS" },
];

/** Warehouses parcels leave from; each order ships from the nearest. */
export const WAREHOUSES = ["Shanghai", "Guangzhou", "Beijing", "Chengdu", "Wuhan"];

export interface CategorySeed {
  slug: string;
  name: string;
  parent?: string;
  returnWindowDays?: number;
  /** Its products replace each other: repurchase is predicted for the category. */
  replaceable?: boolean;
}

export const CATEGORIES: CategorySeed[] = [
  { slug: "parts", name: "Parts" },
  { slug: "brakes", name: "Brakes", parent: "parts" },
  { slug: "filters", name: "Filters", parent: "parts" },
  { slug: "tyres", name: "Tyres", parent: "parts" },
  { slug: "batteries", name: "Batteries", parent: "parts" },
  { slug: "lighting", name: "Lighting", parent: "parts" },
  { slug: "accessories", name: "Accessories" },
  { slug: "interior", name: "Interior", parent: "accessories" },
  { slug: "exterior", name: "Exterior", parent: "accessories" },
  { slug: "electronics", name: "Electronics", parent: "accessories", returnWindowDays: 7 },
  { slug: "charging", name: "Charging", parent: "accessories" },
  { slug: "care", name: "Care" },
  { slug: "oil-fluids", name: "Oil & Fluids", parent: "care" },
  { slug: "cleaning", name: "Cleaning", parent: "care", replaceable: true },
  { slug: "merchandise", name: "Merchandise", returnWindowDays: 30 },
];

export interface ProductSeed {
  sku: string;
  name: string;
  category: string;
  supplier: string;
  brand: string;
  store: boolean;
  price: number;
}

/** Store-brand items are made by a supplier but sold under the platform's "Meridian Select" label. */
export const PRODUCTS: ProductSeed[] = [
  { sku: "BRK-PAD-F01", name: "Front brake pads", category: "brakes", supplier: "BOSCH", brand: "Bosch", store: false, price: 48900 },
  { sku: "BRK-PAD-R01", name: "Rear brake pads", category: "brakes", supplier: "BOSCH", brand: "Bosch", store: false, price: 39900 },
  { sku: "BRK-DSC-F01", name: "Front brake discs (pair)", category: "brakes", supplier: "HUAYU", brand: "Meridian Select", store: true, price: 89900 },
  { sku: "FLT-CAB-01", name: "Cabin air filter PM2.5", category: "filters", supplier: "DENSO", brand: "Denso", store: false, price: 15900 },
  { sku: "FLT-CAB-02", name: "Cabin air filter, activated carbon", category: "filters", supplier: "HUAYU", brand: "Meridian Select", store: true, price: 12900 },
  { sku: "FLT-OIL-01", name: "Oil filter", category: "filters", supplier: "BOSCH", brand: "Bosch", store: false, price: 6900 },
  { sku: "TYR-PS4-235", name: "Pilot Sport 4 235/45 R18", category: "tyres", supplier: "MICHELIN", brand: "Michelin", store: false, price: 129900 },
  { sku: "TYR-PRI-215", name: "Primacy 4 215/55 R17", category: "tyres", supplier: "MICHELIN", brand: "Michelin", store: false, price: 89900 },
  { sku: "TYR-WIN-225", name: "Alpin 6 winter tyre 225/50 R17", category: "tyres", supplier: "MICHELIN", brand: "Michelin", store: false, price: 109900 },
  { sku: "BAT-12V-70", name: "12V AGM battery 70Ah", category: "batteries", supplier: "BOSCH", brand: "Bosch", store: false, price: 119900 },
  { sku: "BAT-12V-60", name: "12V battery 60Ah", category: "batteries", supplier: "CATL", brand: "Meridian Select", store: true, price: 79900 },
  { sku: "LGT-LED-H7", name: "LED headlight bulbs H7", category: "lighting", supplier: "DENSO", brand: "Denso", store: false, price: 29900 },
  { sku: "LGT-FOG-01", name: "Fog lamp assembly", category: "lighting", supplier: "MERIDIAN", brand: "Meridian", store: false, price: 45900 },
  { sku: "INT-MAT-AUR", name: "All-weather floor mats, Aurora", category: "interior", supplier: "MERIDIAN", brand: "Meridian", store: false, price: 59900 },
  { sku: "INT-MAT-TER", name: "All-weather floor mats, Terra", category: "interior", supplier: "MERIDIAN", brand: "Meridian", store: false, price: 65900 },
  { sku: "INT-SCV-01", name: "Seat covers, breathable mesh", category: "interior", supplier: "HUAYU", brand: "Meridian Select", store: true, price: 39900 },
  { sku: "INT-ORG-01", name: "Trunk organiser", category: "interior", supplier: "HUAYU", brand: "Meridian Select", store: true, price: 19900 },
  { sku: "EXT-RCK-01", name: "Roof rack cross bars", category: "exterior", supplier: "MERIDIAN", brand: "Meridian", store: false, price: 149900 },
  { sku: "EXT-MDF-01", name: "Mud flaps (set of 4)", category: "exterior", supplier: "HUAYU", brand: "Meridian Select", store: true, price: 22900 },
  { sku: "EXT-CVR-01", name: "Outdoor car cover", category: "exterior", supplier: "HUAYU", brand: "Meridian Select", store: true, price: 34900 },
  { sku: "ELC-DSC-4K", name: "Dash camera 4K with GPS", category: "electronics", supplier: "DENSO", brand: "Denso", store: false, price: 99900 },
  { sku: "ELC-HUD-01", name: "Head-up display", category: "electronics", supplier: "MERIDIAN", brand: "Meridian", store: false, price: 129900 },
  { sku: "ELC-CHG-USB", name: "USB-C fast charger 65W", category: "electronics", supplier: "CATL", brand: "Meridian Select", store: true, price: 12900 },
  { sku: "CHG-WBX-7K", name: "Home wallbox 7kW", category: "charging", supplier: "CATL", brand: "CATL", store: false, price: 399900 },
  { sku: "CHG-WBX-11K", name: "Home wallbox 11kW", category: "charging", supplier: "CATL", brand: "CATL", store: false, price: 529900 },
  { sku: "CHG-CBL-T2", name: "Type 2 charging cable 5m", category: "charging", supplier: "CATL", brand: "Meridian Select", store: true, price: 89900 },
  { sku: "OIL-EDG-5W30", name: "Edge 5W-30 engine oil 4L", category: "oil-fluids", supplier: "CASTROL", brand: "Castrol", store: false, price: 42900 },
  { sku: "OIL-MAG-5W40", name: "Magnatec 5W-40 engine oil 4L", category: "oil-fluids", supplier: "CASTROL", brand: "Castrol", store: false, price: 32900 },
  { sku: "FLD-CLN-01", name: "Coolant concentrate 2L", category: "oil-fluids", supplier: "CASTROL", brand: "Meridian Select", store: true, price: 9900 },
  { sku: "FLD-WSH-01", name: "Windscreen washer fluid 4L", category: "oil-fluids", supplier: "HUAYU", brand: "Meridian Select", store: true, price: 3900 },
  { sku: "CLN-KIT-01", name: "Car care kit", category: "cleaning", supplier: "HUAYU", brand: "Meridian Select", store: true, price: 25900 },
  { sku: "CLN-CER-01", name: "Ceramic coating spray", category: "cleaning", supplier: "CASTROL", brand: "Castrol", store: false, price: 18900 },
  { sku: "MRC-CAP-01", name: "Meridian cap", category: "merchandise", supplier: "MERIDIAN", brand: "Meridian", store: false, price: 9900 },
  { sku: "MRC-JKT-01", name: "Meridian softshell jacket", category: "merchandise", supplier: "MERIDIAN", brand: "Meridian", store: false, price: 49900 },
  { sku: "MRC-MDL-AUR", name: "Aurora 1:18 scale model", category: "merchandise", supplier: "MERIDIAN", brand: "Meridian", store: false, price: 69900 },
];

/** Which products go with which (accessories for a model, consumables for a service). */
export const VEHICLE_MODELS = [
  { code: "AUR", make: "Meridian", name: "Aurora", bodyType: "SEDAN", powertrain: "BEV", firstYear: 2020, basePriceMinor: 22990000, wmi: "LMR", warrantyMonths: 96, serviceIntervalMonths: 24, serviceIntervalKm: 30000 },
  { code: "TER", make: "Meridian", name: "Terra", bodyType: "SUV", powertrain: "PHEV", firstYear: 2019, basePriceMinor: 27990000, wmi: "LMR", warrantyMonths: 60, serviceIntervalMonths: 12, serviceIntervalKm: 10000 },
  { code: "VEL", make: "Meridian", name: "Vela", bodyType: "HATCHBACK", powertrain: "ICE", firstYear: 2017, basePriceMinor: 12990000, wmi: "LMR", warrantyMonths: 36, serviceIntervalMonths: 12, serviceIntervalKm: 10000 },
  { code: "NOV", make: "Meridian", name: "Nova", bodyType: "COMPACT_SUV", powertrain: "BEV", firstYear: 2022, basePriceMinor: 16990000, wmi: "LMR", warrantyMonths: 96, serviceIntervalMonths: 24, serviceIntervalKm: 30000 },
  { code: "ATL", make: "Meridian", name: "Atlas", bodyType: "VAN", powertrain: "BEV", firstYear: 2021, basePriceMinor: 25990000, wmi: "LMV", warrantyMonths: 60, serviceIntervalMonths: 12, serviceIntervalKm: 20000 },
];

export const FAMILY_NAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"];
export const GIVEN_NAMES = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Xiu", "Hui", "Qiang", "Ling", "Hao", "Yu", "Xin", "Bo", "Lan", "Ping", "Kai", "Mei", "Rui", "Tingting", "Xiaoming", "Haoran"];
export const COMPANY_WORDS = ["Huaxia", "Jinxin", "Dongfang", "Tianyu", "Hengtai", "Zhongxing", "Changan", "Xinda", "Ruifeng", "Boyuan"];
export const COMPANY_KINDS = { BUSINESS: ["Trading Co.", "Technology Ltd.", "Consulting Ltd."], FLEET: ["Logistics Co.", "Car Rental Ltd.", "Ride Services Ltd."], GOVERNMENT: ["District Public Works Bureau", "City Environmental Agency", "Municipal Transport Office"] } as const;
export const EMAIL_DOMAINS = ["163.com", "qq.com", "126.com", "gmail.com", "outlook.com", "sina.com"];
export const SOURCES = { web: "webshop", app: "app", hotline: "hotline" } as const;
