/** WGS84 bounding box: [west, south, east, north] in decimal degrees. */
export type BoundingBox = readonly [number, number, number, number];

/**
 * Bounding boxes used to warn about coordinates that fall outside the country (a swapped
 * latitude/longitude or a missing minus sign are the usual causes). Slightly generous on purpose.
 */
const BOUNDING_BOXES: Record<string, BoundingBox> = {
  MLI: [-12.3, 10.1, 4.3, 25.1],
};

export function boundingBox(iso3: string): BoundingBox | null {
  return BOUNDING_BOXES[iso3] ?? null;
}

export function isInside(box: BoundingBox, latitude: number, longitude: number): boolean {
  const [west, south, east, north] = box;
  return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
}
