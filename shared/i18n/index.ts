import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../domain/common';
import adminEn from './admin/en.json';
import backupEn from './backup/en.json';
import backupFr from './backup/fr.json';
import adminFr from './admin/fr.json';
import cliEn from './cli/en.json';
import cliFr from './cli/fr.json';
import commonEn from './common/en.json';
import commonFr from './common/fr.json';
import documentsEn from './documents/en.json';
import documentsFr from './documents/fr.json';
import domainEn from './domain/en.json';
import domainFr from './domain/fr.json';
import errorsEn from './errors/en.json';
import errorsFr from './errors/fr.json';
import menuEn from './menu/en.json';
import menuFr from './menu/fr.json';
import peopleEn from './people/en.json';
import peopleFr from './people/fr.json';
import capacityEn from './capacity/en.json';
import capacityFr from './capacity/fr.json';
import casualtiesEn from './casualties/en.json';
import casualtiesFr from './casualties/fr.json';
import educationEn from './education/en.json';
import educationFr from './education/fr.json';
import releaseEn from './release/en.json';
import releaseFr from './release/fr.json';
import incidentsEn from './incidents/en.json';
import incidentsFr from './incidents/fr.json';
import stockpilesEn from './stockpiles/en.json';
import stockpilesFr from './stockpiles/fr.json';
import summaryEn from './summary/en.json';
import summaryFr from './summary/fr.json';
import article5En from './article5/en.json';
import article5Fr from './article5/fr.json';
import article7En from './article7/en.json';
import article7Fr from './article7/fr.json';
import article7docEn from './article7doc/en.json';
import article7docFr from './article7doc/fr.json';
import reportsEn from './reports/en.json';
import reportsFr from './reports/fr.json';
import overviewEn from './overview/en.json';
import overviewFr from './overview/fr.json';
import uiEn from './ui/en.json';
import workplanEn from './workplan/en.json';
import workplanFr from './workplan/fr.json';
import templateEn from './template/en.json';
import importFr from './import/fr.json';
import importEn from './import/en.json';
import importReadFr from './importRead/fr.json';
import importReadEn from './importRead/en.json';
import importCheckFr from './importCheck/fr.json';
import importCheckEn from './importCheck/en.json';
import importUiFr from './importUi/fr.json';
import importUiEn from './importUi/en.json';
import historyFr from './history/fr.json';
import historyEn from './history/en.json';
import safetyUiFr from './safetyUi/fr.json';
import safetyUiEn from './safetyUi/en.json';
import templateFr from './template/fr.json';
import uiFr from './ui/fr.json';

/**
 * ICU message catalogues, one JSON file per area and language (areas keep files small and let
 * the UI, the documents and the menus evolve separately). One set of keys: a test fails when a
 * key exists in one language only or appears in two areas.
 */
export const CATALOGUE_AREAS = {
  common: { fr: commonFr, en: commonEn },
  domain: { fr: domainFr, en: domainEn },
  errors: { fr: errorsFr, en: errorsEn },
  ui: { fr: uiFr, en: uiEn },
  admin: { fr: adminFr, en: adminEn },
  people: { fr: peopleFr, en: peopleEn },
  release: { fr: releaseFr, en: releaseEn },
  capacity: { fr: capacityFr, en: capacityEn },
  casualties: { fr: casualtiesFr, en: casualtiesEn },
  education: { fr: educationFr, en: educationEn },
  incidents: { fr: incidentsFr, en: incidentsEn },
  stockpiles: { fr: stockpilesFr, en: stockpilesEn },
  summary: { fr: summaryFr, en: summaryEn },
  article7: { fr: article7Fr, en: article7En },
  article5: { fr: article5Fr, en: article5En },
  article7doc: { fr: article7docFr, en: article7docEn },
  reports: { fr: reportsFr, en: reportsEn },
  overview: { fr: overviewFr, en: overviewEn },
  menu: { fr: menuFr, en: menuEn },
  documents: { fr: documentsFr, en: documentsEn },
  cli: { fr: cliFr, en: cliEn },
  workplan: { fr: workplanFr, en: workplanEn },
  template: { fr: templateFr, en: templateEn },
  import: { fr: importFr, en: importEn },
  importRead: { fr: importReadFr, en: importReadEn },
  importCheck: { fr: importCheckFr, en: importCheckEn },
  importUi: { fr: importUiFr, en: importUiEn },
  history: { fr: historyFr, en: historyEn },
  backup: { fr: backupFr, en: backupEn },
  safetyUi: { fr: safetyUiFr, en: safetyUiEn },
} as const;

const frCatalogue = {
  ...commonFr,
  ...domainFr,
  ...errorsFr,
  ...uiFr,
  ...adminFr,
  ...peopleFr,
  ...releaseFr,
  ...capacityFr,
  ...casualtiesFr,
  ...educationFr,
  ...incidentsFr,
  ...stockpilesFr,
  ...summaryFr,
  ...article7Fr,
  ...article5Fr,
  ...article7docFr,
  ...reportsFr,
  ...overviewFr,
  ...menuFr,
  ...documentsFr,
  ...cliFr,
  ...workplanFr,
  ...templateFr,
  ...importFr,
  ...importReadFr,
  ...importCheckFr,
  ...importUiFr,
  ...historyFr,
  ...backupFr,
  ...safetyUiFr,
};
export type MessageKey = keyof typeof frCatalogue;
export type Catalogue = Readonly<Record<string, string>>;

export const CATALOGUES: Record<Language, Catalogue> = {
  fr: frCatalogue,
  en: {
    ...commonEn,
    ...domainEn,
    ...errorsEn,
    ...uiEn,
    ...adminEn,
    ...peopleEn,
    ...releaseEn,
    ...capacityEn,
    ...casualtiesEn,
    ...educationEn,
    ...incidentsEn,
    ...stockpilesEn,
    ...summaryEn,
    ...article7En,
    ...article5En,
    ...article7docEn,
    ...reportsEn,
    ...overviewEn,
    ...menuEn,
    ...documentsEn,
    ...cliEn,
    ...workplanEn,
    ...templateEn,
    ...importEn,
    ...importReadEn,
    ...importCheckEn,
    ...importUiEn,
    ...historyEn,
    ...backupEn,
    ...safetyUiEn,
  },
};

/** BCP 47 locale used by `Intl` for each language (en-GB: day/month/year, as in UN documents). */
export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey | (string & {}), params?: MessageParams) => string;

/** A translator for one language. Unknown keys come back as the key itself, never as a crash. */
export function createTranslator(lang: Language): Translate {
  const catalogue = CATALOGUES[lang];
  const cache = new Map<string, IntlMessageFormat>();
  return (key, params) => {
    const source = catalogue[key];
    if (source === undefined) return key;
    let format = cache.get(key);
    if (!format) {
      // No rich-text tags in our messages: `<commande>` in the CLI help is literal text.
      format = new IntlMessageFormat(source, LOCALES[lang], undefined, { ignoreTag: true });
      cache.set(key, format);
    }
    return String(format.format(params));
  };
}
