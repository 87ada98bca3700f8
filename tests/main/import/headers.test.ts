import { describe, expect, it } from 'vitest';
import {
  columnOfHeader,
  detectKind,
  kindOfSheetName,
  matchColumns,
  normalizeHeader,
} from '../../../main/import/headers';
import { COLUMN_SYNONYMS } from '../../../shared/domain/importSynonyms';
import {
  columnHeaders,
  OPERATOR_RETURN_COLUMNS,
  RECORD_TYPES,
  type RecordType,
} from '../../../shared/domain/operatorReturn';
import { createTranslator } from '../../../shared/i18n/index';

const keysOf = (kind: RecordType) => OPERATOR_RETURN_COLUMNS[kind].map((c) => c.key);

describe('normalizeHeader', () => {
  it('lowers, strips accents and punctuation, keeps units as m2', () => {
    expect(normalizeHeader('  Surface_annulée (m²) ')).toBe('surface annulee m2');
    expect(normalizeHeader("Référence de l'opérateur")).toBe('reference de l operateur');
    expect(normalizeHeader('Équipes — Dépollution manuelle')).toBe('equipes depollution manuelle');
    expect(normalizeHeader('ZSD/ZDC')).toBe('zsd zdc');
    expect(normalizeHeader('DATE__DÉBUT')).toBe('date debut');
    expect(normalizeHeader('Nb. tués')).toBe('nb tues');
    expect(normalizeHeader('Œuvre')).toBe('oeuvre');
    expect(normalizeHeader('--')).toBe('');
  });
});

describe('matchColumns', () => {
  it('matches every template header in French and in English, for every record type', () => {
    for (const kind of RECORD_TYPES) {
      for (const lang of ['fr', 'en'] as const) {
        const headers = OPERATOR_RETURN_COLUMNS[kind].map((c) => columnHeaders(c)[lang]);
        expect(matchColumns(headers, kind), `${kind} ${lang}`).toEqual(keysOf(kind));
      }
    }
  });
  it('matches the column keys themselves, and upper-case or snake-case spellings of them', () => {
    for (const kind of RECORD_TYPES) expect(matchColumns(keysOf(kind), kind)).toEqual(keysOf(kind));
    expect(matchColumns(['START_DATE', 'cleared_m2', 'Teams.ManualClearance'], 'landRelease')).toEqual([
      'startDate',
      'clearedM2',
      null,
    ]);
    expect(matchColumns(['teams.manualClearance', 'TEAMS_MANUAL_CLEARANCE'], 'capacity')).toEqual([
      'teams.manualClearance',
      null,
    ]);
  });
  it('matches synonyms of IMSMA-style exports and operators', () => {
    expect(
      matchColumns(['Hazard ID', 'Province', 'Date début', 'Nb tués', 'Organisation'], 'landRelease'),
    ).toEqual(['hazardCode', null, 'startDate', null, 'operator']);
    expect(matchColumns(['Code zone', 'ZSD/ZDC'], 'landRelease')).toEqual(['hazardCode', null]);
    expect(matchColumns(['Region', 'Région', 'Nb tués', 'Nb blessés', 'Lat', 'Long'], 'incident')).toEqual([
      'region',
      null,
      'killed',
      'injured',
      'latitude',
      'longitude',
    ]);
    expect(matchColumns(['Filles', 'Girls', 'Garçons', 'Date début', 'EREE langue'], 'education')).toEqual([
      'girls',
      null,
      'boys',
      'startedOn',
      null,
    ]);
  });
  it('gives a template header to its own column before any synonym', () => {
    // "Date" is a synonym of both dates of an incident: the first one, the incident's date, gets it.
    expect(matchColumns(['Date'], 'incident')).toEqual(['occurredOn']);
    expect(matchColumns(['Date du signalement', 'Date'], 'incident')).toEqual(['reportedOn', 'occurredOn']);
    // "Activité" names the release method in land release, the victim's activity in casualties.
    expect(columnOfHeader('Activité', 'landRelease')).toBe('releaseMethod');
    expect(columnOfHeader('Activité', 'casualty')).toBe('activity');
  });
  it('matches without spaces or without the bracketed unit', () => {
    expect(matchColumns(['DateDebut', 'Annulée', 'Cleared', 'Surface ajoutée'], 'landRelease')).toEqual([
      'startDate',
      'cancelledM2',
      'clearedM2',
      'addedM2',
    ]);
    expect(columnOfHeader('Latitude [WGS 84]', 'incident')).toBe('latitude');
  });
  it('leaves unknown and empty headers unmatched', () => {
    expect(matchColumns(['Couleur', '', '   ', 'Météo'], 'incident')).toEqual([null, null, null, null]);
  });
  it('has synonyms only for existing column keys', () => {
    const keys = new Set(RECORD_TYPES.flatMap(keysOf));
    expect(Object.keys(COLUMN_SYNONYMS).filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('detectKind', () => {
  it('finds each record type from its own template headers, fully covered', () => {
    for (const kind of RECORD_TYPES) {
      for (const lang of ['fr', 'en'] as const) {
        const headers = OPERATOR_RETURN_COLUMNS[kind].map((c) => columnHeaders(c)[lang]);
        expect(detectKind(headers), `${kind} ${lang}`).toEqual({ kind, score: 1 });
      }
    }
  });
  it('recognises typical tables of other systems', () => {
    expect(
      detectKind(['ID', 'Date accident', 'Province', 'Village', 'Type d’engin', 'Nb tués', 'Nb blessés']),
    ).toMatchObject({ kind: 'incident' });
    expect(
      detectKind(['Victim ID', 'Date', 'Region', 'Sex', 'Age', 'Age group', 'Outcome', 'Activity']),
    ).toEqual(expect.objectContaining({ kind: 'casualty' }));
    expect(
      detectKind(['Ref', 'Hazard ID', 'Organisation', 'Method', 'Start', 'End', 'Area cleared', 'Report']),
    ).toMatchObject({ kind: 'landRelease' });
    expect(
      detectKind([
        'Réf',
        'Type',
        'Date',
        'Région',
        'Mode',
        'Langue',
        'Organisation',
        'Séances',
        'Filles',
        'Source',
      ]),
    ).toEqual({ kind: 'education', score: 1 });
  });
  it('finds nothing in a table of something else', () => {
    expect(detectKind(['Nom', 'Prénom', 'Téléphone', 'Courriel'])).toBeNull();
    expect(detectKind([])).toBeNull();
  });
});

describe('kindOfSheetName', () => {
  it("knows the template's sheets in both languages", () => {
    for (const kind of RECORD_TYPES) {
      for (const lang of ['fr', 'en'] as const) {
        const name = createTranslator(lang)(`template.sheet.${kind}`);
        expect(kindOfSheetName(name), name).toBe(kind);
        expect(kindOfSheetName(name.toUpperCase()), name).toBe(kind);
      }
    }
  });
  it('knows some other names and nothing else', () => {
    expect(kindOfSheetName('Victimes')).toBe('casualty');
    expect(kindOfSheetName('EREE')).toBe('education');
    expect(kindOfSheetName('land_release')).toBe('landRelease');
    expect(kindOfSheetName('Instructions')).toBeNull();
    expect(kindOfSheetName('Listes')).toBeNull();
    expect(kindOfSheetName('Feuil1')).toBeNull();
  });
});
