import { expect, screenshot, test } from './harness';

test('the Overview shows key figures, the calendar and the four charts, in French', async ({ app }) => {
  await app.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(app.locator('.table-summary')).toContainText('60 zones');
  // The first entry of the side menu.
  const first = app.locator('.side-nav .nav-link').first();
  await expect(first).toHaveText('Aperçu');
  await first.click();
  await expect(app.getByRole('heading', { name: 'Aperçu', level: 1 })).toBeVisible();

  const figures = app.locator('.overview-figures');
  await expect(figures).toContainText('Restant en zones soupçonnées dangereuses (ZSD)');
  await expect(figures.locator('.overview-figure-value').first()).toHaveText(/^[\d\u202f ]+\u00a0m²$/);

  const calendar = app.locator('.overview-calendar');
  await expect(calendar).toContainText("Échéance au titre de l'article 5 (dépassée)");
  await expect(calendar).toContainText('01/03/2009');
  await expect(calendar).toContainText("Prochain rapport au titre de l'article 7");

  // The meeting date typed changes the ISU date: nine months before.
  await app.getByLabel('Date de la Réunion des États parties').fill('30/11/2027');
  await app.getByLabel('Date de la Réunion des États parties').press('Enter');
  await expect(calendar).toContainText('Neuf mois avant la Réunion des États parties du 30/11/2027');
  await expect(calendar).toContainText('28/02/2027');

  const charts = app.locator('.overview-chart img');
  await expect(charts).toHaveCount(4);
  await expect(app.getByRole('img', { name: 'Incidents par région et par année' })).toBeVisible();
  await expect(app.getByRole('img', { name: 'Contamination restante par région' })).toBeVisible();
  await expect(app.getByRole('img', { name: 'Victimes par sexe et par âge' })).toBeVisible();
  // Each image decoded (a data: SVG the CSP allows as an image).
  for (let i = 0; i < 4; i += 1) {
    const width = await charts.nth(i).evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(width).toBe(800);
  }
  await app.locator('.notice-close').first().click();
  await screenshot(app, 'overview-fr');
});
