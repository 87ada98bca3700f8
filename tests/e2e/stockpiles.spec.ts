import { expect, screenshot, test } from './harness';

test('records a previously unknown stockpile, destroys part of it within what remains, and lists balances', async ({
  app,
}) => {
  await app.getByRole('link', { name: 'Stocks de mines' }).click();
  await expect(app.getByRole('heading', { name: 'Stocks de mines antipersonnel' })).toBeVisible();
  await expect(app.locator('.empty-state')).toContainText('Aucun stock enregistré');
  await screenshot(app, 'stockpiles-empty-fr');

  await app.getByRole('link', { name: 'Nouveau lot' }).click();
  await expect(app.getByRole('heading', { name: 'Nouveau lot de mines stockées' })).toBeVisible();
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('.error-summary')).toBeFocused();
  await expect(app.locator('#lot-mineType-message')).toHaveText('Ce champ est obligatoire.');
  await expect(app.locator('#lot-quantity-message')).toHaveText('Ce champ est obligatoire.');

  await app.getByLabel('Type de mine').fill('Mine improvisée à plaque de pression');
  await app.getByLabel('Catégorie').selectOption('AP_MINE_IMPROVISED');
  await app.getByLabel('Numéro de lot').fill('C-2024-01');
  await app.getByLabel('Quantité').fill('120');
  await app.getByLabel(/Stock auparavant inconnu/).check();
  // Found after the deadline: the date found is asked for, and required.
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.locator('#lot-foundOn-message')).toContainText('Indiquez la date de découverte');
  await app.getByLabel('Date de découverte').fill('12/05/2024');
  await app.getByLabel('Date de déclaration').fill('20/05/2024');
  await app.getByLabel('Détenteur et lieu de stockage').fill('Cache découverte près de Bandiagara');
  await app.getByLabel("Source de l'information").fill('Rapport de la compagnie du génie');
  await screenshot(app, 'stockpile-lot-form-fr');
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(app.getByRole('heading', { name: 'Stocks de mines antipersonnel' })).toBeVisible();
  const row = app.locator('tbody tr', { hasText: 'plaque de pression' });
  await expect(row).toContainText('Auparavant inconnu');
  await expect(row).toContainText('découvert le 12/05/2024');
  await expect(row.locator('td.num')).toHaveText(['120', '0', '120']);

  // Destroying part of the lot: context, lot, category and activation come preset.
  await row.getByRole('link', { name: /Enregistrer une destruction du lot/ }).click();
  await expect(app.getByRole('heading', { name: 'Nouvelle destruction' })).toBeVisible();
  await expect(app.getByLabel('Contexte')).toHaveValue('unknownStockpile');
  await expect(app.getByLabel('Catégorie déclarée')).toHaveValue('AP_MINE_IMPROVISED');
  await expect(app.locator('#destruction-quantity-hint')).toHaveText('Reste dans ce lot : 120 mines.');
  await app.getByLabel('Date de destruction').fill('15/05/2024');
  await app.getByLabel('Région').selectOption({ label: 'Mopti' });
  await app.getByLabel('Cercle').selectOption({ label: 'Bandiagara' });
  await app.getByLabel('Quantité').fill('130');
  await app.getByLabel("Source de l'information").fill('Procès-verbal de destruction');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  // Over what remains (and found only on the 12th): both said next to their fields, nothing saved.
  await expect(app.locator('#destruction-quantity-message')).toHaveText(
    'Il ne reste que 120 mines dans ce lot.',
  );
  await expect(app.locator('#destruction-destroyedOn-message')).toHaveCount(0);
  await screenshot(app, 'destruction-form-error-fr');
  await app.getByLabel('Quantité').fill('100');
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(app.getByRole('heading', { name: 'Stocks de mines antipersonnel' })).toBeVisible();
  await expect(row.locator('td.num')).toHaveText(['120', '100', '20']);
  await screenshot(app, 'stockpiles-fr');

  // The lot cannot be deleted while a destruction refers to it.
  await row.getByRole('button', { name: /Supprimer le lot/ }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(app.locator('.notice-error')).toContainText('Ce lot est cité par 1 destruction');
  await expect(row).toBeVisible();

  // The destruction list: filters, then English.
  await app.getByRole('link', { name: 'Destructions hors zones' }).click();
  await expect(
    app.getByRole('heading', { name: 'Engins détruits hors des zones dangereuses' }),
  ).toBeVisible();
  const event = app.locator('tbody tr').first();
  await expect(event).toContainText('15/05/2024');
  await expect(event).toContainText("Destruction d'un stock auparavant inconnu");
  await expect(event).toContainText('Bandiagara');
  await app.getByLabel('Contexte').selectOption('eodSpotTask');
  await expect(app.locator('.empty-state')).toContainText('Aucune destruction ne correspond');
  await app.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(app.locator('.table-summary')).toContainText('1 destruction · 100 engins détruits');
  await screenshot(app, 'destruction-list-fr');
  await app.getByRole('button', { name: 'English' }).click();
  await expect(
    app.getByRole('heading', { name: 'Explosive ordnance destroyed outside hazardous areas' }),
  ).toBeVisible();
  await expect(event).toContainText('Destruction of a previously unknown stockpile');
  await expect(event).toContainText('Improvised anti-personnel mine');
  await screenshot(app, 'destruction-list-en');
});

test('records an EOD spot task and applies the improvised-device rule', async ({ app }) => {
  await app.goto(`${new URL(app.url()).origin}/#/destruction/new`);
  await expect(app.getByRole('heading', { name: 'Nouvelle destruction' })).toBeVisible();
  await app.getByLabel('Catégorie déclarée').selectOption('AV_MINE_IMPROVISED');
  await expect(app.getByLabel('Mode de déclenchement')).toHaveValue('vehicle');
  await app.getByLabel('Mode de déclenchement').selectOption('person');
  await expect(app.locator('.reclassification')).toContainText(
    'Enregistré comme mine antipersonnel improvisée',
  );
  await app.getByLabel('Quantité').fill('2');
  await app.getByLabel('Date de destruction').fill('03/02/2025');
  await app.getByLabel('Région').selectOption({ label: 'Gao' });
  await app.getByLabel('Localité').fill('Tassiga');
  await app.getByLabel('Opérateur ou unité').fill('Équipe NEDEX de Gao');
  await app.getByLabel("Source de l'information").fill('Compte rendu de mission');
  await screenshot(app, 'destruction-form-fr');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  const row = app.locator('tbody tr', { hasText: 'Tassiga' });
  await expect(row).toContainText('Mine antipersonnel improvisée');
  await expect(row).toContainText('déclaré : Mine antivéhicule improvisée');
  await expect(row).toContainText('Intervention NEDEX ponctuelle');

  // Re-opened, the form shows what was declared; then deleted after confirmation.
  await row.getByRole('link', { name: '03/02/2025' }).click();
  await expect(app.getByLabel('Catégorie déclarée')).toHaveValue('AV_MINE_IMPROVISED');
  await expect(app.getByLabel('Localité')).toHaveValue('Tassiga');
  await app.getByRole('link', { name: 'Annuler' }).click();
  await row.getByRole('button', { name: 'Supprimer la destruction du 03/02/2025' }).click();
  await expect(app.getByRole('dialog')).toContainText('2 engins (Mine antipersonnel improvisée)');
  await app.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
  await expect(app.locator('.empty-state')).toContainText('Aucune destruction enregistrée');
});

test('keeps retained mines at or above zero and derives form D year by year', async ({ app }) => {
  await app.getByRole('link', { name: 'Mines conservées' }).click();
  await expect(app.getByRole('heading', { name: 'Mines conservées (article 3)' })).toBeVisible();
  await app.getByRole('link', { name: 'Nouvelles mines conservées' }).click();
  await app.getByLabel('Institution autorisée').fill('École du génie militaire de Kati');
  await app.getByLabel('Type de mine').fill('PMN');
  await app.getByLabel('Numéro de lot').fill('L-1999-02');
  await app.getByLabel('Objectif prévu').fill('Formation des démineurs à la détection et à la destruction');
  await app.getByLabel("Source de l'information").fill('Rapport au titre de l’article 7');
  await app.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(app.getByRole('heading', { name: 'École du génie militaire de Kati — PMN' })).toBeVisible();
  const addMovement = async (kind: string, date: string, quantity: string, purpose?: string) => {
    await app.getByRole('link', { name: 'Nouveau mouvement' }).click();
    await app.getByLabel(kind, { exact: true }).check();
    await app.getByLabel('Date').fill(date);
    await app.getByLabel('Quantité').fill(quantity);
    if (purpose) await app.getByLabel('Utilisation').selectOption({ label: purpose });
    await app.getByLabel("Source de l'information").fill('Registre de l’école');
    await app.getByRole('button', { name: 'Enregistrer' }).click();
  };
  await addMovement('Conservées', '15/01/2024', '50');
  await expect(app.getByTestId('retained-balance')).toHaveText('50');
  await addMovement('Consommées', '01/09/2024', '30', 'Formation à la dépollution');
  await expect(app.getByTestId('retained-balance')).toHaveText('20');

  // 25 in March would leave September's 30 without mines: refused, with how many are available.
  await addMovement('Consommées', '01/03/2024', '25', 'Formation à la détection');
  await expect(app.locator('#movement-quantity-message')).toContainText('20 mines au plus sont disponibles');
  await screenshot(app, 'retained-movement-error-fr');
  await app.getByLabel('Quantité').fill('20');
  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.getByTestId('retained-balance')).toHaveText('0');
  const balances = app.locator('tbody tr td:nth-child(5)');
  await expect(balances).toHaveText(['50', '30', '0']);
  await screenshot(app, 'retained-item-fr');

  await app.getByRole('link', { name: 'Retour aux mines conservées' }).click();
  await app.getByRole('combobox', { name: 'Année' }).selectOption('2024');
  const year = app.locator('table.retained-year tbody tr');
  await expect(year).toHaveCount(1);
  await expect(year.locator('td.num')).toHaveText([
    '0',
    '50',
    '50Formation à la détection : 20Formation à la dépollution : 30',
    '0',
    '0',
  ]);
  await screenshot(app, 'retained-fr');
});
