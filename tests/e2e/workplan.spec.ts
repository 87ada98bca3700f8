import { expect, loadCuratedRegister, screenshot, test } from './harness';

/*
 * The work plan in French: a request created through the API over the curated register (no
 * capacity recorded: the current scenario has no teams), the proposed plan typed in the form,
 * both scenarios computed side by side, a wrong share refused next to its field, the parameters
 * saved and found again after a reload, the arithmetic unfolded.
 */
test('build the work plan of a request in French', async ({ app }) => {
  await loadCuratedRegister(app);
  const versionId = await app.evaluate(async () => {
    type Call = (input?: unknown) => Promise<{ ok: boolean; value?: { id: string }; error?: unknown }>;
    const api = (globalThis as unknown as { balise: Record<string, Record<string, Call>> }).balise;
    const res = await api.requests!.create!({
      title: 'Demande de nouveau délai',
      kind: 'newDeadline',
      requestedDeadline: '2027-12-31',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      language: 'fr',
    });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    return res.value!.id;
  });
  await app.goto(`${new URL(app.url()).origin}/#/workplan/${versionId}`);
  await expect(app.getByRole('heading', { name: 'Plan de travail', exact: true })).toBeVisible();
  await expect(app.getByText('Les surfaces restantes au 31/12/2025')).toBeVisible();

  // No capacity recorded: the current scenario never completes, and says why.
  const current = app.locator('.workplan-card', { hasText: 'Capacité actuelle' });
  await expect(current.locator('.workplan-completion')).toHaveText('jamais');
  await expect(current.getByText(/Aucune capacité en dépollution/)).toBeVisible();

  // The proposed plan: NTS 2 × 400, TS 2 × 150, clearance 8 × 50 m² a day, 220 days.
  const cell = (label: string) => app.getByLabel(label, { exact: true });
  const typeIn = async (group: string, method: string, value: string) =>
    cell(`${group} — ${method} — Plan proposé`).fill(value);
  await typeIn('Équipes', 'Enquête non technique', '2');
  await typeIn('Équipes', 'Enquête technique', '2');
  await typeIn('Équipes', 'Dépollution', '8');
  await typeIn('m² par équipe et par jour', 'Enquête non technique', '400');
  await typeIn('m² par équipe et par jour', 'Enquête technique', '150');
  await typeIn('m² par équipe et par jour', 'Dépollution', '50');
  await typeIn('Coût par équipe-année', 'Dépollution', '120000');
  await cell('Budget — Part nationale du budget (%) — Plan proposé').fill('25');
  await cell('Budget — Financement disponible par an — Plan proposé').fill('900000');
  // Clearance: SHA 378 450 × 20 % + CHA 252 750 × 70 % = 252 615 m² at 88 000 a year (two areas
  // are recorded in 2026, after the period): 2 years and 76 615 / 88 000 = 0.87 of 2028 → 10.4
  // months → November 2028, eleven months after the deadline asked.
  const proposed = app.locator('.workplan-card', { hasText: 'Plan proposé' });
  await expect(proposed.locator('.workplan-completion')).toHaveText('30/11/2028');
  await expect(proposed.getByText(/postérieur au délai demandé \(31\/12\/2027\)/)).toBeVisible();

  // Shares that do not add up are refused next to the field, and nothing is computed from them.
  await cell(
    'Issue attendue des zones — Zones soupçonnées dangereuses (ZSD) — Annulée (%) — Plan proposé',
  ).fill('70');
  await expect(app.getByText('Les parts doivent faire 100 % (elles font 110 %).')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  await cell(
    'Issue attendue des zones — Zones soupçonnées dangereuses (ZSD) — Annulée (%) — Plan proposé',
  ).fill('60');

  await app.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(app.getByText('Paramètres enregistrés.')).toBeVisible();
  await app.reload();
  await expect(cell('Équipes — Dépollution — Plan proposé')).toHaveValue('8');
  await expect(proposed.locator('.workplan-completion')).toHaveText('30/11/2028');

  const milestones = app.getByRole('region', { name: 'Jalons annuels — Plan proposé' });
  await expect(milestones.locator('.workplan-table').first().locator('tbody tr')).toHaveCount(3);
  // 2026: 12 team-years, 2 × 0 + 2 × 0 + 8 × 120 000 = 960 000, a quarter national, 60 000 short.
  await expect(milestones.locator('tbody tr').first()).toHaveText(
    /^2026176\s000\sm²66\s000\sm²88\s000\sm²301\s200\sm²12960\s000240\s000720\s00060\s000$/,
  );
  await milestones.getByText('Montrer le calcul').click();
  await expect(
    milestones.getByText('Dépollution : 8 équipes × 50 m²/jour × 220 jours = 88\u202f000 m² par an'),
  ).toBeVisible();
  // Nothing runs off the page: the grids and tables fit beside the navigation.
  const overflow = await app.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(app, 'workplan-fr');
  await app
    .locator('.workplan-regions')
    .screenshot({ path: 'test-results/screenshots/workplan-regions-fr.png' });
  await milestones.screenshot({ path: 'test-results/screenshots/workplan-milestones-fr.png' });
});
