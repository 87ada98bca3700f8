import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './harness';

/** French and English group digits with a (narrow) no-break space; compare on plain spaces. */
const plain = (s: string | null) => (s ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();

const HEADER = [
  "Référence de l'opérateur",
  'Date de destruction',
  'Région',
  'Localité',
  "Catégorie d'engin",
  'Mode de déclenchement',
  'Quantité',
  'Contexte',
  'Source',
];
const row = (ref: string, day: string, region: string, quantity: string) =>
  [
    ref,
    `2026-03-${day}`,
    region,
    'Sangha',
    'Mine antipersonnel (MAP)',
    'Par une personne (victime)',
    quantity,
    'Intervention NEDEX ponctuelle',
    'Rapport mensuel MAG mars 2026',
  ].join(',');

/**
 * An operator's own table of devices destroyed (not the template): file row 3 has a quantity
 * that is not a number, row 4 an operator's own name for a region ("Pays dogon").
 */
const withProblems = [
  HEADER.join(','),
  row('D-001', '02', 'Mopti', '3'),
  row('D-002', '05', 'Mopti', 'beaucoup'),
  row('D-003', '09', 'Pays dogon', '2'),
].join('\r\n');
/** The same return once the operator corrected it. */
const corrected = [
  HEADER.join(','),
  row('D-001', '02', 'Mopti', '3'),
  row('D-002', '05', 'Mopti', '4'),
  row('D-003', '09', 'Mopti', '2'),
].join('\r\n');

async function chooseFile(app: Page, name: string, text: string): Promise<void> {
  await app.getByLabel('Choisir un fichier (.xlsx ou .csv)').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
}

async function destructionCount(app: Page): Promise<number> {
  return app.evaluate(async () => {
    type Call = (input?: unknown) => Promise<{ ok: boolean; value?: { total: number } }>;
    const api = (globalThis as unknown as { balise: Record<string, Record<string, Call>> }).balise;
    return (await api.destruction!.list!({})).value?.total ?? -1;
  });
}

/** The counts row of one line of the dry run's table: new, updated, unchanged, rejected. */
async function countsOf(app: Page, rowName: string | RegExp): Promise<string[]> {
  const cells = app
    .locator('.import-counts tr', { has: app.getByRole('rowheader', { name: rowName }) })
    .locator('td');
  return (await cells.allTextContents()).map(plain);
}

test('imports a CSV table: mapping, dry run with problems, value mapping, commit, history, undo', async ({
  app,
}) => {
  await app.getByRole('link', { name: 'Importer des données' }).click();
  await expect(app.getByRole('heading', { name: 'Importer des données', level: 1 })).toBeVisible();
  await expect(app.getByText('Aucun import pour l')).toBeVisible();
  await screenshot(app, 'import-empty');

  // 1. The file: read, its type and columns recognised from the headers.
  await chooseFile(app, 'destructions-mag-mars.csv', withProblems);
  await expect(app.getByText('Fichier lu : destructions-mag-mars.csv (CSV).')).toBeVisible();
  const kind = app.getByLabel("Type d'enregistrement");
  await expect(kind).toHaveValue('destruction');
  await expect(app.getByLabel('Colonne Balise pour « Quantité »')).toHaveValue('quantity');
  await expect(app.getByLabel('Colonne Balise pour « Date de destruction »')).toHaveValue('destroyedOn');
  await expect(app.getByLabel("Colonne Balise pour « Référence de l'opérateur »")).toHaveValue('reference');
  // The first sample values sit next to their column.
  await expect(
    app
      .locator('.import-columns tr', { has: app.getByRole('rowheader', { name: 'Quantité', exact: true }) })
      .locator('.import-samples'),
  ).toHaveText('3 · beaucoup · 2');
  await screenshot(app, 'import-mapping');

  // 2. The dry run: one row rejected for its quantity, one for its region; nothing can be imported.
  await app.getByRole('button', { name: 'Vérifier (essai à blanc)' }).click();
  await expect(app.getByRole('heading', { name: "3. Résultat de l'essai à blanc" })).toBeVisible();
  expect(await countsOf(app, 'Total')).toEqual(['1', '0', '0', '2']);
  const quantityProblem = app
    .locator('.import-problem-list tbody tr')
    .filter({ has: app.locator('td', { hasText: /^Quantité$/ }) });
  await expect(quantityProblem).toHaveCount(1);
  await expect(quantityProblem.locator('td').nth(1)).toHaveText('3');
  await expect(quantityProblem.locator('td').nth(4)).toHaveText('beaucoup');
  // A file goes in whole or not at all: the import waits until every row is accepted.
  await expect(app.getByRole('button', { name: 'Importer', exact: true })).toBeDisabled();
  await expect(app.getByText('Import impossible : 2 lignes sont rejetées.', { exact: false })).toBeVisible();
  await screenshot(app, 'import-dry-run-problems');

  // The operator's "Pays dogon" is Mopti: mapping it runs the check again.
  await app.getByLabel('Valeur Balise pour « Pays dogon » (colonne Région)').selectOption({ label: 'Mopti' });
  await expect.poll(() => countsOf(app, 'Total')).toEqual(['2', '0', '0', '1']);
  await expect(app.locator('.import-unmatched')).toHaveCount(0);
  await screenshot(app, 'import-value-mapped');

  // 3. The corrected file: all rows accepted, imported in one go under a saved mapping.
  await chooseFile(app, 'destructions-mag-mars.csv', corrected);
  await app.getByRole('button', { name: 'Vérifier (essai à blanc)' }).click();
  await expect.poll(() => countsOf(app, 'Total')).toEqual(['3', '0', '0', '0']);
  await expect(app.getByText('Aucun problème : toutes les lignes sont acceptées.')).toBeVisible();
  await expect(app.getByLabel('Enregistrer cette correspondance sous le nom')).toHaveValue(
    'destructions-mag-mars',
  );
  await app.getByLabel('Enregistrer cette correspondance sous le nom').fill('MAG destructions');
  await screenshot(app, 'import-ready');
  await app.getByRole('button', { name: 'Importer les 3 lignes acceptées' }).click();
  await expect(
    app.getByRole('heading', { name: 'Import terminé : destructions-mag-mars.csv' }),
  ).toBeVisible();
  await expect(app.locator('.import-done')).toContainText(
    'Lignes nouvelles : 3 ; modifiées : 0 ; inchangées : 0.',
  );
  expect(await destructionCount(app)).toBe(3);

  // The history line and the saved mapping.
  const line = app.locator('.import-history tbody tr');
  await expect(line).toHaveCount(1);
  await expect(line.locator('td').nth(1)).toHaveText('destructions-mag-mars.csv');
  await expect(line.locator('td').nth(3)).toHaveText('3');
  await expect(line.locator('td').nth(7)).toHaveText('MAG destructions');
  await expect(line.locator('td').nth(8)).toHaveText('Importé');
  await expect(app.locator('.import-mappings tbody tr').first().locator('td').first()).toHaveText(
    'MAG destructions',
  );
  await screenshot(app, 'import-done');

  // Importing the same file again changes nothing.
  await chooseFile(app, 'destructions-mag-mars.csv', corrected);
  await expect(
    app.getByText('La correspondance enregistrée « MAG destructions » a été appliquée.'),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Vérifier (essai à blanc)' }).click();
  await expect.poll(() => countsOf(app, 'Total')).toEqual(['0', '0', '3', '0']);
  await expect(app.getByText('Aucune ligne nouvelle ou modifiée : rien à importer.')).toBeVisible();

  // Undo, after a confirmation: the records go, the line says so.
  await app.getByRole('button', { name: "Annuler l'import de « destructions-mag-mars.csv »" }).click();
  const dialog = app.getByRole('dialog');
  await expect(dialog).toContainText("Annuler l'import de « destructions-mag-mars.csv » ?");
  await screenshot(app, 'import-undo-confirm');
  await dialog.getByRole('button', { name: 'Annuler cet import' }).click();
  await expect(line.locator('td').nth(8)).toHaveText(/^Annulé le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  expect(await destructionCount(app)).toBe(0);
  await screenshot(app, 'import-undone');

  // The import's backup, copied while the file was read and verified during the commit (in worker
  // threads, as the built app runs it), is listed with the database as it was: no device yet.
  await app.getByRole('link', { name: 'Sauvegardes et historique' }).click();
  const backup = app.locator('tr', { hasText: 'avant import' });
  await expect(backup).toHaveCount(1);
  await expect(backup).not.toContainText('destruction');
  await screenshot(app, 'import-backup-listed');
});

test('says clearly why a file that is not a spreadsheet cannot be read', async ({ app }) => {
  await app.getByRole('link', { name: 'Importer des données' }).click();
  await app.getByLabel('Choisir un fichier (.xlsx ou .csv)').setInputFiles({
    name: 'photo.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('GIF89a not a workbook at all'),
  });
  const error = app.locator('.import-file [role=alert]');
  await expect(error).toContainText("Le fichier « photo.xlsx » n'a pas pu être lu :");
  // The reader's own message follows, translated (never a raw key).
  expect(plain(await error.textContent())).not.toMatch(/import\.\w+\./);
  await expect(app.getByRole('heading', { name: '2. Correspondance des colonnes' })).toHaveCount(0);
  await screenshot(app, 'import-not-a-spreadsheet');
});
