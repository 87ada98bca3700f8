import { expect, screenshot, test } from './harness';

test('the annual summary shows the demo year, reconciled, in French and English', async ({ app }) => {
  await app.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(app.locator('.table-summary')).toContainText('60 zones');
  await app.getByRole('link', { name: 'Synthèse annuelle' }).click();
  await app.getByLabel('Année').selectOption('2025');
  await expect(app.getByRole('heading', { name: 'Synthèse annuelle 2025' })).toBeVisible();
  await expect(app.locator('.reconciliation')).toHaveClass(/is-ok/);
  await expect(app.locator('.check-verdict')).toContainText('Les chiffres concordent');
  await expect(app.getByRole('heading', { name: 'Contamination restante au 31/12/2025' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Terres remises à disposition en 2025' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Incidents en 2025' })).toBeVisible();
  // The equation's end and the remaining table's total are one and the same figure.
  const total = await app.locator('.summary-block').nth(1).locator('tfoot td').last().textContent();
  await expect(app.locator('.check-verdict')).toContainText(total ?? 'missing');
  await app.locator('.notice-close').first().click();
  await screenshot(app, 'summary-fr');

  await app.getByRole('button', { name: 'English' }).click();
  await expect(app.getByRole('heading', { name: 'Annual summary 2025' })).toBeVisible();
  await expect(app.locator('.check-verdict')).toContainText('The figures agree');
  await screenshot(app, 'summary-en');
});
