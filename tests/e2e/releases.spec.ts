import type { Page } from '@playwright/test';
import { expect, loadCuratedRegister, screenshot, test } from './harness';

/** French and English group digits with a (narrow) no-break space; compare on plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ');

async function addOperator(app: Page, name: string, acronym: string, kind: string): Promise<void> {
  await app.getByRole('link', { name: 'Opérateurs', exact: true }).first().click();
  await app.getByRole('link', { name: 'Nouvel opérateur' }).first().click();
  await expect(app.getByRole('heading', { name: 'Nouvel opérateur' })).toBeVisible();
  await app.getByLabel('Nom').fill(name);
  await app.getByLabel('Sigle').fill(acronym);
  await app.getByLabel("Type d'opérateur").selectOption({ label: kind });
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').last()).toContainText(`Opérateur ${name} enregistré.`);
}

/** Closes the confirmations, so that screenshots show the page under them. */
async function dismissNotices(app: Page): Promise<void> {
  const close = app.locator('.notice-close');
  while ((await close.count()) > 0) await close.first().click();
}

/** Opens a new activity and picks the area by typing its code. */
async function newActivity(app: Page, code: string): Promise<void> {
  await app.getByRole('link', { name: 'Remise à disposition des terres' }).click();
  await app.getByRole('link', { name: 'Nouvelle activité' }).click();
  await expect(app.getByRole('heading', { name: 'Nouvelle activité de remise à disposition' })).toBeVisible();
  await app.getByLabel('Zone dangereuse').fill(code.toLowerCase());
  await app.getByRole('button', { name: new RegExp(`^${code}`) }).click();
  await expect(app.locator('.area-picked')).toContainText(code);
}

test('records land release through the forms, refuses an over-release, and shows the lifecycle', async ({
  app,
}) => {
  await loadCuratedRegister(app);
  await app.getByRole('link', { name: 'Remise à disposition des terres' }).click();
  await expect(app.getByRole('heading', { name: 'Remise à disposition des terres' })).toBeVisible();
  await expect(app.locator('.empty-state')).toContainText("Enregistrez d'abord les opérateurs");
  await screenshot(app, 'releases-empty-fr');

  await addOperator(app, 'Compagnie NEDEX du Génie militaire', 'FAMa NEDEX', 'Forces armées nationales');
  await addOperator(app, 'Mines Advisory Group', 'MAG', 'ONG internationale');
  await expect(app.locator('tbody tr')).toHaveCount(2);
  await dismissNotices(app);
  await screenshot(app, 'operators-fr');

  // A manual clearance in MOP-0004 (9 800 m²): the hint shows what remains as the m² are typed.
  await newActivity(app, 'MOP-0004');
  await app
    .getByLabel('Opérateur')
    .selectOption({ label: 'FAMa NEDEX — Compagnie NEDEX du Génie militaire' });
  await app.getByLabel('Méthode').selectOption({ label: 'Dépollution manuelle' });
  // Clearance records cleared land only: no field for cancelled or reduced land.
  await expect(app.getByLabel('Superficie réduite (m²)')).toHaveCount(0);
  await app.getByLabel('Date de début').fill('01/03/2025');
  await app.getByLabel('Date de fin').fill('15/04/2025');
  const hint = app.locator('.remaining-hint');
  expect(plain(await hint.locator('.remaining-main').textContent())).toBe(
    'Reste à remettre à disposition dans la zone MOP-0004 : 9 800 m²',
  );
  await app.getByLabel('Superficie dépolluée (m²)').fill('5 000');
  expect(plain(await hint.locator('.remaining-after').textContent())).toBe(
    'Après cette activité : 4 800 m².',
  );
  await app.getByRole('button', { name: "Ajouter un type d'engin" }).click();
  await app.getByLabel('Catégorie déclarée').selectOption('AV_MINE_IMPROVISED');
  await app.getByLabel('Mode de déclenchement').selectOption('person');
  await expect(app.locator('.reclassification')).toContainText(
    'Enregistré comme mine antipersonnel improvisée',
  );
  await app.getByLabel('Trouvés').fill('2');
  await app.getByLabel('Détruits').fill('2');
  await app.getByLabel("Source de l'information").fill('Rapport de fin de tâche NEDEX, avril 2025');
  await dismissNotices(app);
  await screenshot(app, 'release-form-fr');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.notice').last()).toContainText('Activité enregistrée dans la zone MOP-0004.');
  const rows = app.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Engins : 2 trouvés, 2 détruits');

  // A second clearance of 5 000 m² does not fit: refused next to the field, nothing saved.
  await newActivity(app, 'MOP-0004');
  await app
    .getByLabel('Opérateur')
    .selectOption({ label: 'FAMa NEDEX — Compagnie NEDEX du Génie militaire' });
  await app.getByLabel('Méthode').selectOption({ label: 'Dépollution manuelle' });
  await app.getByLabel('Date de début').fill('02/05/2025');
  await app.getByLabel('Date de fin').fill('30/06/2025');
  await app.getByLabel('Superficie dépolluée (m²)').fill('5000');
  await expect(hint).toHaveClass(/remaining-over/);
  expect(plain(await hint.locator('.remaining-after').textContent())).toContain('dépasse le reste de 200 m²');
  await app.getByLabel("Source de l'information").fill('Rapport de fin de tâche NEDEX, juin 2025');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  const message =
    'Il reste 4 800 m² à remettre à disposition dans la zone MOP-0004 ; cette activité en libère 5 000 m².';
  await expect(app.locator('#release-clearedM2-message')).toBeVisible();
  expect(plain(await app.locator('#release-clearedM2-message').textContent())).toBe(message);
  await expect(app.locator('.error-summary')).toBeFocused();
  await dismissNotices(app);
  await screenshot(app, 'release-over-release-fr');

  // The rest of the area, task complete and land handed over: the area is released.
  await app.getByLabel('Superficie dépolluée (m²)').fill('4800');
  await app.getByLabel('Tâche achevée').check();
  await app.getByLabel('Terres remises aux bénéficiaires').check();
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(rows).toHaveCount(2);
  await expect(app.locator('tfoot')).toContainText('Total : 2 activités');
  expect(plain(await app.locator('tfoot td.num').nth(2).textContent())).toBe('9 800 m²');

  // A non-technical survey by MAG cancels all of MOP-0002.
  await newActivity(app, 'MOP-0002');
  await app.getByLabel('Opérateur').selectOption({ label: 'MAG — Mines Advisory Group' });
  await app.getByLabel('Méthode').selectOption({ label: 'Enquête non technique (ENT)' });
  await app.getByLabel('Date de début').fill('10/06/2025');
  await app.getByLabel('Date de fin').fill('12/06/2025');
  await app.getByLabel('Superficie annulée (m²)').fill('12000');
  await app.getByLabel('Tâche achevée').check();
  await app.getByLabel("Source de l'information").fill('Rapport d’enquête MAG');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(rows).toHaveCount(3);
  await expect(app.locator('.table-summary')).toContainText('3 activités');
  expect(plain(await app.locator('.table-summary').textContent())).toContain(
    'annulé 12 000 m² · réduit 0 m² · dépollué 9 800 m²',
  );

  // Filters, search and sort over the activities.
  await app.getByLabel('Opérateur').selectOption({ label: 'MAG — Mines Advisory Group' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('MOP-0002');
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await app.getByLabel('Rechercher').fill('mop-0004');
  await expect(rows).toHaveCount(2);
  await app.getByLabel('Rechercher').fill('');
  await app.getByLabel('Méthode').selectOption({ label: 'Dépollution manuelle' });
  await expect(rows).toHaveCount(2);
  await app.getByRole('button', { name: /Dépolluée/ }).click();
  expect(plain(await rows.first().locator('td.num').nth(2).textContent())).toBe('4 800 m²');
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await app.getByLabel('Année (de fin)').selectOption('2024');
  await expect(app.locator('.empty-state')).toContainText('Aucune activité ne correspond');
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(rows).toHaveCount(3);
  await dismissNotices(app);
  await screenshot(app, 'releases-fr');

  // The register shows the derived lifecycle and the remaining m², and filters on them.
  await app.getByRole('link', { name: 'Zones dangereuses' }).click();
  await expect(app.getByRole('heading', { name: 'Registre des zones dangereuses' })).toBeVisible();
  const mop4 = app.locator('tbody tr', { hasText: 'MOP-0004' });
  await expect(mop4).toContainText('Libérée');
  expect(plain(await mop4.locator('td.estimate').textContent())).toBe('9 800 m²');
  expect(plain(await mop4.locator('td.remaining').textContent())).toBe('0 m²');
  await expect(app.locator('tbody tr', { hasText: 'MOP-0002' })).toContainText('Annulée');
  await app.getByLabel('Statut').selectOption('released');
  await expect(app.locator('tbody tr')).toHaveCount(1);
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();

  // The area's page: its history in date order, with what remained after each activity.
  await app.getByRole('link', { name: 'MOP-0004' }).first().click();
  const history = app.locator('.area-history');
  await expect(history.getByRole('heading', { name: 'Historique de la remise à disposition' })).toBeVisible();
  const steps = history.locator('tbody tr');
  await expect(steps).toHaveCount(3);
  expect(plain(await steps.nth(1).locator('td.num').last().textContent())).toBe('4 800 m²');
  expect(plain(await steps.nth(2).locator('td.num').last().textContent())).toBe('0 m²');
  // The estimate cannot go below what was released.
  await app.getByLabel('Superficie estimée (m²)').fill('9000');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('#hazard-estimatedAreaM2-message')).toContainText(
    "l'estimation d'origine ne peut pas être inférieure à",
  );
  await dismissNotices(app);
  await screenshot(app, 'hazard-history-fr');

  // Deleting an activity asks first, then the area is partly released again.
  await steps.nth(1).getByRole('link').click();
  await expect(app.getByRole('heading', { name: 'Activité dans la zone MOP-0004' })).toBeVisible();
  await expect(app.getByLabel('Superficie dépolluée (m²)')).toHaveValue(/5\s000/);
  await app.getByRole('link', { name: 'Remise à disposition des terres' }).click();
  await app
    .getByRole('button', { name: /Supprimer l'activité de la zone MOP-0004 terminée le 30\/06\/2025/ })
    .click();
  const dialog = app.getByRole('dialog');
  await expect(dialog).toContainText('Supprimer cette activité de la zone MOP-0004 ?');
  await dialog.getByRole('button', { name: 'Supprimer' }).click();
  await expect(rows).toHaveCount(2);
  await app.getByRole('link', { name: 'Zones dangereuses' }).click();
  await expect(app.getByRole('heading', { name: 'Registre des zones dangereuses' })).toBeVisible();
  await expect(app.locator('tbody tr', { hasText: 'MOP-0004' })).toContainText('Libérée en partie');

  // An operator named by activities cannot be deleted.
  await app.getByRole('link', { name: 'Opérateurs', exact: true }).first().click();
  await app.getByRole('button', { name: "Supprimer l'opérateur Mines Advisory Group" }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(app.locator('.notice').last()).toContainText(
    "Mines Advisory Group est l'opérateur de 1 activité de remise à disposition",
  );
});

test('shows the land release list and form in English', async ({ app }) => {
  await loadCuratedRegister(app);
  await addOperator(app, 'Compagnie NEDEX du Génie militaire', 'FAMa NEDEX', 'Forces armées nationales');
  await newActivity(app, 'GAO-0003');
  await app
    .getByLabel('Opérateur')
    .selectOption({ label: 'FAMa NEDEX — Compagnie NEDEX du Génie militaire' });
  await app.getByLabel('Méthode').selectOption({ label: 'Enquête technique (ET)' });
  await app.getByLabel('Date de début').fill('01/09/2024');
  await app.getByLabel('Date de fin').fill('20/09/2024');
  await app.getByLabel('Superficie réduite (m²)').fill('8750');
  await app.getByLabel('Superficie ajoutée (m²)').fill('1000');
  await app.getByLabel("Source de l'information").fill('Rapport ET');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('tbody tr')).toHaveCount(1);

  await app.getByRole('button', { name: 'English' }).click();
  await expect(app.getByRole('heading', { name: 'Land release' })).toBeVisible();
  const row = app.locator('tbody tr').first();
  await expect(row).toContainText('Technical survey (TS)');
  expect(await row.locator('td.num').nth(1).textContent()).toBe('8,750\u00a0m²');
  await expect(row).toContainText('Land added: 1,000\u00a0m²');
  await expect(app.locator('.table-summary')).toContainText('added by survey 1,000\u00a0m²');
  await dismissNotices(app);
  await screenshot(app, 'releases-en');
  await row.getByRole('link', { name: 'Edit' }).click();
  await expect(app.getByRole('heading', { name: 'Activity in area GAO-0003' })).toBeVisible();
  // GAO-0003: 18 750 m² + 1 000 added − 8 750 reduced by this activity.
  await expect(app.locator('.remaining-after')).toHaveText('After this activity: 11,000\u00a0m².');
  await dismissNotices(app);
  await screenshot(app, 'release-form-en');
});
