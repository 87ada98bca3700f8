import { expect, screenshot, test } from './harness';

test('records a national measure in French, shows it in English with the French fallback, then translated', async ({
  app,
}) => {
  await app.getByRole('link', { name: "Mesures d'application nationales" }).click();
  await expect(app.getByRole('heading', { name: "Mesures d'application nationales" })).toBeVisible();
  await expect(app.locator('.empty-state')).toContainText('Aucune mesure enregistrée');

  await app.getByRole('link', { name: 'Nouvelle mesure' }).click();
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.error-summary')).toBeFocused();
  await expect(app.locator('#measure-titleFr-message')).toHaveText('Ce champ est obligatoire.');
  await expect(app.locator('#measure-adoptedOn-message')).toContainText("Indiquez la date d'adoption");

  await app.getByLabel('Type de mesure').selectOption('legislative');
  await app.getByLabel('Référence').fill('Loi n° 00-000 (exemple)');
  await app.getByLabel("Date d'adoption").fill('20/04/1998');
  await app.getByLabel('Intitulé (français)').fill('Loi autorisant la ratification de la Convention');
  await app.getByLabel('Résumé (français)').fill('Autorise la ratification de la Convention d’Ottawa.');
  await app.getByLabel("Source de l'information").fill('Journal officiel');
  await screenshot(app, 'measure-form-fr');
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  const row = app.locator('tbody tr', { hasText: 'ratification' });
  await expect(row).toContainText('20/04/1998');
  await expect(row).toContainText('Mesure législative');
  await expect(row).toContainText('En vigueur');
  await expect(row).toContainText('Autorise la ratification');

  // A measure in preparation has no date; the list puts it after the adopted ones.
  await app.getByRole('link', { name: 'Nouvelle mesure' }).click();
  // The list has a "Type de mesure" filter too: wait for the form before choosing.
  await expect(app.getByRole('heading', { name: "Nouvelle mesure d'application nationale" })).toBeVisible();
  await app.getByLabel('Type de mesure').selectOption('penal');
  await app.getByLabel('En préparation').check();
  await expect(app.getByLabel("Date d'adoption")).toHaveCount(0);
  await app.getByLabel('Intitulé (français)').fill('Avant-projet de loi sur les sanctions pénales');
  await app.getByLabel('Intitulé (anglais)').fill('Draft act on penal sanctions');
  await app.getByLabel("Source de l'information").fill('Ministère de la Justice');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('tbody tr')).toHaveCount(2);
  await expect(app.locator('tbody tr').nth(1)).toContainText('En préparation');
  await app.getByLabel('Type de mesure').selectOption('penal');
  await expect(app.locator('tbody tr')).toHaveCount(1);
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await app.getByLabel('Rechercher').fill('PENALES');
  await expect(app.locator('tbody tr')).toHaveCount(1);
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await screenshot(app, 'measures-fr');

  // In English, the untranslated one shows its French text, marked, and the other its English title.
  await app.getByRole('button', { name: 'English' }).click();
  await expect(app.getByRole('heading', { name: 'National implementation measures' })).toBeVisible();
  await expect(row).toContainText('in French');
  await expect(app.locator('tbody tr', { hasText: 'Draft act on penal sanctions' })).toContainText(
    'In preparation',
  );
  const draft = app.locator('tbody tr', { hasText: 'Draft act' });
  await draft.getByText('French version').click();
  await expect(draft.locator('details p[lang="fr"]').first()).toHaveText(
    'Avant-projet de loi sur les sanctions pénales',
  );
  await screenshot(app, 'measures-en');

  // Translating the first one: the English title then shows, re-read from the database.
  await row.getByRole('link', { name: 'Edit' }).click();
  await expect(app.getByLabel('Title (French)')).toHaveValue(
    'Loi autorisant la ratification de la Convention',
  );
  await expect(app.getByLabel('Date adopted')).toHaveValue('20/04/1998');
  await app.getByLabel('Title (English)').fill('Act authorising the ratification of the Convention');
  await app.getByLabel('Summary (English)').fill('Authorises the ratification of the Ottawa Convention.');
  await app.getByRole('button', { name: 'Save' }).click();
  const translated = app.locator('tbody tr', { hasText: 'Act authorising' });
  await expect(translated).not.toContainText('in French');
  await expect(translated).toContainText('Authorises the ratification');

  await translated.getByRole('button', { name: /Delete measure/ }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(app.locator('tbody tr')).toHaveCount(1);
});
