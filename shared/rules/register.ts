/** The shapes of register totals: number and m² of areas, by region and SHA/CHA class. */
export interface CountAndArea {
  count: number;
  m2: number;
}

export interface RegionTotals {
  regionId: string;
  nameFr: string;
  nameEn: string;
  suspected: CountAndArea;
  confirmed: CountAndArea;
  total: CountAndArea;
}

export interface RegisterTotals {
  regions: RegionTotals[];
  suspected: CountAndArea;
  confirmed: CountAndArea;
  total: CountAndArea;
}
