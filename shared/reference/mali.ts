import type { CountryProfile } from '../domain/country';

/**
 * Reference data for Mali, the first country profile (domain.md §1 and §6). A new database is
 * seeded from here; every entry stays editable in the app.
 */
export const MALI_PROFILE: CountryProfile = {
  iso3: 'MLI',
  nameFr: 'Mali',
  nameEn: 'Mali',
  signedOn: '1997-12-03',
  ratifiedOn: '1998-06-02',
  entryIntoForceOn: '1999-03-01',
  originalDeadline: '2009-03-01',
  currentDeadline: null,
  authorityName: '',
  focalPoint: {
    name: '',
    organisation:
      'Secrétariat permanent de la Commission nationale de lutte contre la prolifération des armes légères (SP-CNLPAL)',
    phone: '',
    email: '',
  },
  documentLanguage: 'fr',
};

export interface SeedRegion {
  code: string;
  nameFr: string;
  nameEn: string;
  /** Code of the region this one was carved from by a reform (2016, 2023). */
  predecessor?: string;
  /** Lower units (cercles; communes for the District of Bamako). */
  cercles: string[];
}

/** Historic regions with their cercles, then the regions created since 2016 (no cercles yet). */
export const MALI_REGIONS: SeedRegion[] = [
  {
    code: 'KAY',
    nameFr: 'Kayes',
    nameEn: 'Kayes',
    cercles: ['Bafoulabé', 'Diéma', 'Kayes', 'Kéniéba', 'Kita', 'Nioro du Sahel', 'Yélimané'],
  },
  {
    code: 'KOU',
    nameFr: 'Koulikoro',
    nameEn: 'Koulikoro',
    cercles: ['Banamba', 'Dioïla', 'Kangaba', 'Kati', 'Kolokani', 'Koulikoro', 'Nara'],
  },
  {
    code: 'SIK',
    nameFr: 'Sikasso',
    nameEn: 'Sikasso',
    cercles: ['Bougouni', 'Kadiolo', 'Kolondiéba', 'Koutiala', 'Sikasso', 'Yanfolila', 'Yorosso'],
  },
  {
    code: 'SEG',
    nameFr: 'Ségou',
    nameEn: 'Ségou',
    cercles: ['Barouéli', 'Bla', 'Macina', 'Niono', 'San', 'Ségou', 'Tominian'],
  },
  {
    code: 'MOP',
    nameFr: 'Mopti',
    nameEn: 'Mopti',
    cercles: ['Bandiagara', 'Bankass', 'Djenné', 'Douentza', 'Koro', 'Mopti', 'Ténenkou', 'Youwarou'],
  },
  {
    code: 'TOM',
    nameFr: 'Tombouctou',
    nameEn: 'Timbuktu',
    cercles: ['Diré', 'Goundam', 'Gourma-Rharous', 'Niafunké', 'Tombouctou'],
  },
  { code: 'GAO', nameFr: 'Gao', nameEn: 'Gao', cercles: ['Ansongo', 'Bourem', 'Gao'] },
  { code: 'KID', nameFr: 'Kidal', nameEn: 'Kidal', cercles: ['Abeïbara', 'Kidal', 'Tessalit', 'Tin-Essako'] },
  {
    code: 'TAO',
    nameFr: 'Taoudénit',
    nameEn: 'Taoudénit',
    predecessor: 'TOM',
    cercles: ['Achouratt', 'Al-Ourche', 'Araouane', 'Boujbeha', 'Foum-Elba', 'Taoudénit'],
  },
  {
    code: 'MEN',
    nameFr: 'Ménaka',
    nameEn: 'Ménaka',
    predecessor: 'GAO',
    cercles: ['Andéramboukane', 'Inékar', 'Ménaka', 'Tidermène'],
  },
  {
    code: 'BKO',
    nameFr: 'District de Bamako',
    nameEn: 'Bamako District',
    cercles: ['Commune I', 'Commune II', 'Commune III', 'Commune IV', 'Commune V', 'Commune VI'],
  },
  { code: 'BDG', nameFr: 'Bandiagara', nameEn: 'Bandiagara', predecessor: 'MOP', cercles: [] },
  { code: 'DTZ', nameFr: 'Douentza', nameEn: 'Douentza', predecessor: 'MOP', cercles: [] },
  { code: 'SAN', nameFr: 'San', nameEn: 'San', predecessor: 'SEG', cercles: [] },
  { code: 'KTL', nameFr: 'Koutiala', nameEn: 'Koutiala', predecessor: 'SIK', cercles: [] },
  { code: 'BGN', nameFr: 'Bougouni', nameEn: 'Bougouni', predecessor: 'SIK', cercles: [] },
  { code: 'DIO', nameFr: 'Dioïla', nameEn: 'Dioïla', predecessor: 'KOU', cercles: [] },
  { code: 'NIO', nameFr: 'Nioro', nameEn: 'Nioro', predecessor: 'KAY', cercles: [] },
  { code: 'KIT', nameFr: 'Kita', nameEn: 'Kita', predecessor: 'KAY', cercles: [] },
  { code: 'NAR', nameFr: 'Nara', nameEn: 'Nara', predecessor: 'KOU', cercles: [] },
];
