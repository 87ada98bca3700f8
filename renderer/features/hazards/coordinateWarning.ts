import type { FieldIssue } from '../../../shared/domain/common';
import { boundingBox, isInside } from '../../../shared/reference/countries';
import { decimalInput } from '../../i18n/parse';

/**
 * The same remark the handler makes on save, shown while typing: coordinates outside the
 * country usually mean swapped latitude/longitude or a lost minus sign.
 */
export function coordinateWarning(
  iso3: string | undefined,
  latitude: string,
  longitude: string,
): FieldIssue | undefined {
  const box = iso3 ? boundingBox(iso3) : null;
  const lat = decimalInput(latitude);
  const lon = decimalInput(longitude);
  if (!box || typeof lat !== 'number' || typeof lon !== 'number' || isInside(box, lat, lon)) return undefined;
  return { path: 'latitude', messageKey: 'hazard.warnings.outsideCountry', params: { country: iso3 ?? '' } };
}
