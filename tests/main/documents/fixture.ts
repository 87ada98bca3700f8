import type { HazardInputDraft } from '../../../shared/domain/hazard';
import type { testStore } from '../../helpers/store';
import { sampleHazard } from '../../helpers/store';

type TestStore = ReturnType<typeof testStore>;

/**
 * Nine areas in six regions, chosen so the orders differ between SQLite (Sikasso before Ségou),
 * French (District de Bamako first) and English (Timbuktu last), with figures easy to check:
 * Mopti 3 areas / 70 000 m² (SHA 2 / 20 000, CHA 1 / 50 000), national 9 / 1 437 867 m².
 */
export const REGISTER_AREAS: [region: string, Partial<HazardInputDraft>][] = [
  ['MOP', { code: 'MOP-0001', status: 'suspected', estimatedAreaM2: 12345 }],
  [
    'MOP',
    {
      code: 'MOP-0002',
      name: 'Piste de Boni',
      status: 'confirmed',
      estimatedAreaM2: 50000,
      recordedOn: '2025-07-01',
      devices: [
        { declaredCategory: 'UXO', activation: 'unknown', estimatedQuantity: 2 },
        { declaredCategory: 'IED_OTHER', activation: 'command', estimatedQuantity: 1 },
      ],
    },
  ],
  ['MOP', { code: 'MOP-0003', status: 'suspected', estimatedAreaM2: 7655, devices: [] }],
  [
    'GAO',
    {
      code: 'GAO-0001',
      status: 'confirmed',
      estimatedAreaM2: 100000,
      devices: [{ declaredCategory: 'AP_MINE', activation: 'person', estimatedQuantity: null }],
    },
  ],
  ['GAO', { code: 'GAO-0002', status: 'suspected', estimatedAreaM2: 25000, devices: [] }],
  ['SIK', { code: 'SIK-0001', status: 'confirmed', estimatedAreaM2: 4500, devices: [] }],
  ['SEG', { code: 'SEG-0001', status: 'suspected', estimatedAreaM2: 3000, devices: [] }],
  ['TOM', { code: 'TOM-0001', status: 'suspected', estimatedAreaM2: 1234567, devices: [] }],
  [
    'BKO',
    {
      code: 'BKO-0001',
      status: 'confirmed',
      estimatedAreaM2: 800,
      devices: [],
      latitude: null,
      longitude: null,
    },
  ],
];

export const NATIONAL = {
  count: 9,
  m2: 1437867,
  suspected: { count: 5, m2: 1282567 },
  confirmed: { count: 4, m2: 155300 },
};

/** Adds areas through the dispatcher, as the app does; MOP-0001 gets a cercle. */
export async function addAreas(t: TestStore, areas = REGISTER_AREAS): Promise<void> {
  for (const [region, overrides] of areas) {
    const lowerUnitId =
      overrides.code === 'MOP-0001' ? t.store.repos.adminUnits.findByCode('MOP-01')!.id : null;
    const res = await t.call(
      'hazards.create',
      sampleHazard(t.regionId(region), { lowerUnitId, ...overrides }),
    );
    if (!res.ok) throw new Error(`could not add ${overrides.code}: ${JSON.stringify(res.error)}`);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const plain = (xmlText: string) =>
  xmlText.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!).replace(/[\u00a0\u202f]/g, ' ');

/** Texts of a docx's table rows, one array of cell texts per row, spaces made plain. */
export function tableRows(documentXml: string): string[][] {
  return [...documentXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
    [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) =>
      plain([...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    ),
  );
}

/** Every run of text in a docx, spaces made plain. */
export function documentText(documentXml: string): string {
  return plain([...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
}
