import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './harness';

type Envelope = { ok: true; value: unknown } | { ok: false; error: unknown };
type Bridge = Record<string, Record<string, (input?: unknown) => Promise<Envelope>>>;

/** Calls the API the way the app does (window.balise), to set up data without clicking through forms. */
async function api(page: Page, method: string, input: unknown = {}): Promise<unknown> {
  const envelope = await page.evaluate(
    async ([m, i]) => {
      const [domain, action] = (m as string).split('.');
      const bridge = (globalThis as unknown as { balise: Bridge }).balise;
      return bridge[domain!]![action!]!(i);
    },
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

/** French numbers group with narrow no-break spaces: compare with plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();

async function operators(page: Page) {
  await api(page, 'operators.create', {
    name: 'Association malienne pour la survie au Sahel',
    acronym: 'AMSS',
    kind: 'nationalNgo',
  });
  await api(page, 'operators.create', {
    name: 'Mines Advisory Group',
    acronym: 'MAG',
    kind: 'internationalNgo',
  });
}

test('records a radio campaign in Bambara and an in-person session, refuses a wrong total, shows the figures', async ({
  app,
}) => {
  await operators(app);
  await app.getByRole('link', { name: 'Éducation au risque' }).click();
  await expect(
    app.getByRole('heading', { name: 'Éducation aux risques des engins explosifs (EREE)' }),
  ).toBeVisible();
  await expect(app.locator('.empty-state')).toHaveText(
    "Aucune séance ni campagne enregistrée pour l'instant.",
  );

  // A radio campaign in Bambara: an estimated audience, nobody counted.
  await app.getByRole('link', { name: 'Nouvelle séance ou campagne' }).click();
  await expect(app.getByRole('heading', { name: "Nouvelle séance ou campagne d'EREE" })).toBeVisible();
  await app.getByLabel('Campagne (sur une période)').check();
  await app.getByLabel('Méthode').selectOption({ label: 'Radio' });
  await app.getByLabel('Opérateur').selectOption({ label: 'MAG — Mines Advisory Group' });
  await app.getByLabel('Bambara').check();
  await app.getByLabel('Date (premier jour)').fill('01/04/2025');
  await app.getByLabel('Dernier jour').fill('30/04/2025');
  await app.getByLabel('Nombre de séances ou diffusions').fill('12');
  await app.getByLabel('Région').selectOption({ label: 'Mopti' });
  await app.getByLabel('Localité').fill('Radio Kaoural');
  // Nobody counted and no audience: refused, next to the audience.
  await app.getByLabel(/^Source( \*)?$/).fill('Rapport mensuel MAG, avril 2025');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('#education-massMediaReach-message')).toHaveText(
    "Saisissez l'audience estimée ou des bénéficiaires comptés : l'un des deux au moins.",
  );
  await app.getByLabel('Audience estimée (auditeurs, lecteurs…)').fill('150 000');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').first()).toContainText('Séance ou campagne du 01/04/2025 enregistrée.');
  await expect(app.locator('tbody tr')).toHaveCount(1);

  // An in-person session with its beneficiaries; a total that does not match the parts first.
  await app.getByRole('link', { name: 'Nouvelle séance ou campagne' }).click();
  await app.getByLabel('Méthode').selectOption({ label: 'En présentiel' });
  await app
    .getByLabel('Opérateur')
    .selectOption({ label: 'AMSS — Association malienne pour la survie au Sahel' });
  await app.getByLabel('Français').check();
  await app.getByLabel('Date (premier jour)').fill('12/03/2025');
  await app.getByLabel('Région').selectOption({ label: 'Mopti' });
  await app.getByLabel('Cercle').selectOption({ label: 'Douentza' });
  await app.getByLabel('Localité').fill('Boni');
  await app.getByLabel('Filles').fill('12');
  await app.getByLabel('Garçons').fill('10');
  await app.getByLabel('Femmes').fill('8');
  await app.getByLabel('Hommes').fill('6');
  await app.getByLabel('Sexe ou âge inconnu').fill('4');
  await app.getByLabel('Total déclaré').fill('45');
  await app.getByLabel('Personnes handicapées').fill('2');
  await app.getByLabel(/^Source( \*)?$/).fill('Fiche de séance AMSS');
  await app.getByLabel('Public visé et remarques').fill('Élèves et bergers');
  await expect(app.locator('.people-sum')).toHaveText(/Somme de la ventilation : 40/);
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.error-summary')).toBeFocused();
  await expect(app.locator('#education-beneficiaries-total-message')).toHaveText(
    'Les filles, garçons, femmes, hommes et inconnus font 40 personnes, pas 45 : corrigez le total ou la ventilation.',
  );
  await expect(app.locator('.error-summary')).toContainText('Total déclaré : Les filles, garçons');
  await screenshot(app, 'education-form-fr');
  await app.getByLabel('Total déclaré').fill('40');
  await expect(app.locator('#education-beneficiaries-total-message')).toHaveCount(0);
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').last()).toContainText('Séance ou campagne du 12/03/2025 enregistrée.');

  // The list: people by sex and age, the audience apart, the completeness.
  const rows = app.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const strip = async () =>
    (await app.locator('.people-strip > div').allTextContents()).map((s) =>
      plain(s.replace(/(\D)(\d)/, '$1 $2')),
    );
  expect(await strip()).toEqual([
    'Filles 12',
    'Garçons 10',
    'Femmes 8',
    'Hommes 6',
    'Sexe ou âge inconnu 4',
    'Total seulement (non ventilé) 0',
    'Total 40',
    'Personnes handicapées 2',
  ]);
  expect(plain(await app.locator('.table-summary').textContent())).toBe(
    '2 enregistrements, 13 séances ou diffusions. Audience estimée des médias : 150 000 (jamais ajoutée aux bénéficiaires).',
  );
  expect(plain(await app.locator('.completeness-note').textContent())).toBe(
    'Ventilation par sexe et âge : 90 % des personnes (36 sur 40)',
  );
  const session = rows.filter({ hasText: 'Boni' });
  await expect(session).toContainText('Boni, Douentza');
  await expect(session).toContainText('12 filles · 10 garçons · 8 femmes · 6 hommes · 4 sexe ou âge inconnu');
  await expect(rows.filter({ hasText: 'Radio' })).toContainText('Campagne, 12 séances');
  await screenshot(app, 'education-list-fr');

  // Filters: by language, by method.
  await app.getByRole('combobox', { name: /^Langue/ }).selectOption({ label: 'Bambara' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Radio Kaoural');
  expect(plain(await app.locator('.completeness-note').textContent())).toBe(
    'Ventilation par sexe et âge : aucune donnée',
  );
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await app.getByLabel('Méthode').selectOption({ label: 'En présentiel' });
  await expect(rows).toHaveCount(1);
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();

  // The figures of 2025: the audience never joins the beneficiaries.
  await app.getByRole('link', { name: "Chiffres de l'année" }).click();
  await expect(app.getByRole('heading', { name: "EREE : chiffres de l'année" })).toBeVisible();
  await expect(app.getByRole('combobox', { name: /^Année/ })).toHaveValue('2025');
  await expect(app.locator('.figure-card')).toHaveCount(4);
  const cards = (await app.locator('.figure-card').allTextContents()).map(plain);
  expect(cards).toEqual([
    '2 séances ou campagnes enregistrées',
    '13 séances ou diffusions',
    '40 bénéficiaires comptés',
    '150 000 audience estimée des médias (à part)',
  ]);
  const byMethod = app.locator('table.tally-table').first();
  const cells = async (n: number) =>
    (await byMethod.locator('tr').nth(n).locator('th, td').allTextContents()).map(plain);
  expect(await cells(0)).toEqual([
    'Méthode',
    'Enregistrements',
    'Séances',
    'Filles',
    'Garçons',
    'Femmes',
    'Hommes',
    'Sexe ou âge inconnu',
    'Total seul',
    'Bénéficiaires',
    'Personnes handicapées',
    'Audience estimée',
  ]);
  expect(await cells(1)).toEqual(['En présentiel', '1', '1', '12', '10', '8', '6', '4', '0', '40', '2', '0']);
  expect(await cells(2)).toEqual(['Radio', '1', '12', '0', '0', '0', '0', '0', '0', '0', '0', '150 000']);
  expect(await cells(3)).toEqual(['Total', '2', '13', '12', '10', '8', '6', '4', '0', '40', '2', '150 000']);
  await screenshot(app, 'education-figures-fr');
});

test('edits the list of languages: adds one, refuses to delete one in use', async ({ app }) => {
  await operators(app);
  const units = (await api(app, 'adminUnits.list')) as { id: string; code: string }[];
  const languages = (await api(app, 'languages.list')) as { id: string; nameFr: string }[];
  const operatorList = (await api(app, 'operators.list', {})) as { rows: { id: string }[] };
  await api(app, 'education.create', {
    kind: 'campaign',
    startedOn: '2025-04-01',
    endedOn: '2025-04-30',
    regionId: units.find((u) => u.code === 'GAO')!.id,
    lowerUnitId: null,
    method: 'radio',
    languageIds: [languages.find((l) => l.nameFr === 'Songhaï')!.id],
    operatorId: operatorList.rows[0]!.id,
    sessionCount: 8,
    beneficiaries: { girls: 0, boys: 0, women: 0, men: 0, unknown: 0, total: null, disabled: null },
    massMediaReach: 40000,
    source: 'Rapport',
  });

  await app.getByRole('link', { name: 'Éducation au risque' }).click();
  await app.getByRole('link', { name: 'Langues' }).click();
  await expect(app.getByRole('heading', { name: "Langues de l'éducation aux risques" })).toBeVisible();
  const rows = app.locator('tbody tr');
  // allTextContents does not wait: the list is read once its rows are there.
  await expect(rows.filter({ hasText: 'Tamasheq' })).toHaveCount(1);
  expect((await rows.locator('th').allTextContents()).map(plain)).toEqual([
    'Bambara',
    'Dogon',
    'Français',
    'Fulfulde (peul)',
    'Songhaï',
    'Soninké',
    'Tamasheq',
  ]);
  const songhai = rows.filter({ hasText: 'Songhaï' });
  await expect(songhai).toContainText('Utilisée : ne peut pas être supprimée');
  await expect(songhai.getByRole('button', { name: 'Supprimer' })).toHaveCount(0);

  await app.getByLabel('Nom en français').fill('Bozo');
  await app.getByLabel('Nom en anglais').fill('Bozo');
  await app.getByLabel('Code ISO 639').fill('bz9');
  await app.getByRole('button', { name: 'Ajouter la langue' }).click();
  await expect(app.locator('#language-code-message')).toHaveText(
    "Le code ISO 639 s'écrit avec 2 ou 3 lettres (bam, ful…), ou reste vide.",
  );
  await app.getByLabel('Code ISO 639').fill('bam');
  await app.getByRole('button', { name: 'Ajouter la langue' }).click();
  await expect(app.locator('#language-code-message')).toHaveText(
    "Le code bam est déjà celui d'une autre langue.",
  );
  await app.getByLabel('Code ISO 639').fill('bze');
  await app.getByRole('button', { name: 'Ajouter la langue' }).click();
  await expect(rows).toHaveCount(8);
  await expect(rows.filter({ hasText: 'Bozo' })).toContainText('bze');
  await screenshot(app, 'languages-fr');

  await app.getByRole('button', { name: 'Supprimer Bozo' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(rows).toHaveCount(7);

  // The new list is what the form offers.
  await app.getByRole('link', { name: "Retour à l'éducation aux risques" }).click();
  await app.getByRole('link', { name: 'Nouvelle séance ou campagne' }).click();
  await expect(app.locator('.language-choice label')).toHaveCount(7);
});

test('records victim assistance with beneficiaries by sex and age and shows its figures', async ({ app }) => {
  await operators(app);
  await app.getByRole('link', { name: 'Assistance aux victimes' }).click();
  await expect(app.getByRole('heading', { name: 'Assistance aux victimes', exact: true })).toBeVisible();
  await expect(app.locator('.empty-state')).toHaveText(
    "Aucune assistance aux victimes enregistrée pour l'instant.",
  );

  await app.getByRole('link', { name: 'Nouvelle assistance' }).click();
  await app.getByLabel(/^Service( \*)?$/).selectOption({ label: 'Réadaptation physique' });
  await app.getByLabel('Un autre établissement (hôpital, service de l’État…)'.replace('’', "'")).check();
  await app.getByLabel('Établissement ou structure').fill('Hôpital régional de Gao');
  await app.getByLabel('Date (ou premier jour)').fill('03/02/2025');
  await app.getByLabel('Dernier jour de la période').fill('30/04/2025');
  await app.getByLabel('Région').selectOption({ label: 'Gao' });
  await app.getByLabel('Garçons').fill('2');
  await app.getByLabel('Hommes').fill('3');
  await app.getByLabel('Sexe ou âge inconnu').fill('1');
  await app.getByLabel('Total déclaré').fill('7');
  await app.getByLabel(/^Source( \*)?$/).fill('Fiche de suivi, avril 2025');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('#assistance-beneficiaries-total-message')).toHaveText(
    'Les filles, garçons, femmes, hommes et inconnus font 6 personnes, pas 7 : corrigez le total ou la ventilation.',
  );
  await app.getByLabel('Total déclaré').fill('');
  await screenshot(app, 'assistance-form-fr');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').first()).toContainText('Assistance du 03/02/2025 enregistrée.');

  // A second one, by an operator, known only as a total.
  await app.getByRole('link', { name: 'Nouvelle assistance' }).click();
  await app.getByLabel(/^Service( \*)?$/).selectOption({ label: 'Soutien psychologique et psychosocial' });
  await app
    .getByLabel(/^Opérateur( \*)?$/)
    .selectOption({ label: 'AMSS — Association malienne pour la survie au Sahel' });
  await app.getByLabel('Date (ou premier jour)').fill('10/06/2025');
  await app.getByLabel('Région').selectOption({ label: 'Mopti' });
  await app.getByLabel('Total déclaré').fill('14');
  await app.getByLabel(/^Source( \*)?$/).fill('Rapport AMSS');
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  const rows = app.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Gao' })).toContainText('03/02/2025 – 30/04/2025');
  await expect(rows.filter({ hasText: 'Gao' })).toContainText('Hôpital régional de Gao');
  await expect(rows.filter({ hasText: 'Mopti' })).toContainText('Total seulement (non ventilé)');
  expect(plain(await app.locator('.completeness-note').textContent())).toBe(
    'Ventilation par sexe et âge : 25 % des personnes (5 sur 20)',
  );
  await screenshot(app, 'assistance-list-fr');

  await app.getByRole('link', { name: "Chiffres de l'année" }).click();
  const byService = app.locator('table.tally-table').first();
  await expect(byService.locator('tfoot')).toBeVisible();
  const row = async (name: string) =>
    (await byService.locator('tr', { hasText: name }).locator('th, td').allTextContents()).map(plain);
  expect(await row('Réadaptation physique')).toEqual([
    'Réadaptation physique',
    '1',
    '0',
    '2',
    '0',
    '3',
    '1',
    '0',
    '6',
    '0',
  ]);
  expect(await row('Soutien psychologique')).toEqual([
    'Soutien psychologique et psychosocial',
    '1',
    '0',
    '0',
    '0',
    '0',
    '0',
    '14',
    '14',
    '0',
  ]);
  expect((await byService.locator('tfoot tr').locator('th, td').allTextContents()).map(plain)).toEqual([
    'Total',
    '2',
    '0',
    '2',
    '0',
    '3',
    '1',
    '14',
    '20',
    '0',
  ]);
  await screenshot(app, 'assistance-figures-fr');
});
