import type { Locator, Page } from '@playwright/test';
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

/** Notices stack bottom right, over the page: closed before a screenshot shows what is under them. */
async function dismissNotices(page: Page) {
  const close = page.locator('.notice-close');
  // Success notices also fade by themselves: one may go between the count and the click.
  while ((await close.count()) > 0)
    await close
      .first()
      .click({ timeout: 1000 })
      .catch(() => undefined);
  await expect(page.locator('.notice')).toHaveCount(0);
}

/** Sets the name the history records, through the "Sauvegardes et historique" screen. */
async function setUserName(page: Page, name: string) {
  await page.getByRole('link', { name: 'Sauvegardes et historique' }).click();
  await page.getByLabel("Nom enregistré dans l'historique").fill(name);
  await page.locator('.safety-user').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('.notice').last()).toContainText(`« ${name} »`);
}

/** Three records of different types, created through the API (their forms have their own tests). */
async function createRecords(page: Page) {
  const units = (await api(page, 'adminUnits.list')) as { id: string; code: string }[];
  const gao = units.find((u) => u.code === 'GAO')!.id;
  const operator = (await api(page, 'operators.create', {
    name: 'Association malienne pour la survie au Sahel',
    acronym: 'AMSS',
    kind: 'nationalNgo',
  })) as { id: string };
  const incident = (await api(page, 'incidents.create', {
    occurredOn: '2024-03-01',
    regionId: gao,
    lowerUnitId: null,
    locality: 'Ansongo',
    latitude: null,
    longitude: null,
    declaredCategory: 'IED_OTHER',
    activation: 'command',
    target: 'securityForces',
    hazardCode: '',
    killedTotal: 3,
    injuredTotal: 4,
    description: 'Engin déclenché au passage d’un convoi',
    reportedBy: 'Direction régionale de la protection civile',
    reportedOn: '2024-03-01',
  })) as { incident: { id: string } };
  const languages = (await api(page, 'languages.list')) as { id: string; nameFr: string }[];
  const education = (await api(page, 'education.create', {
    kind: 'session',
    startedOn: '2025-03-12',
    endedOn: null,
    regionId: gao,
    lowerUnitId: null,
    locality: 'Tessit',
    method: 'inPerson',
    languageIds: [languages.find((l) => l.nameFr === 'Songhaï')!.id],
    operatorId: operator.id,
    sessionCount: 1,
    beneficiaries: { girls: 5, boys: 5, women: 3, men: 2, unknown: 0, total: null, disabled: null },
    massMediaReach: null,
    source: 'Fiche de séance AMSS',
  })) as { record: { id: string } };
  return { operator: operator.id, incident: incident.incident.id, education: education.record.id };
}

interface Edit {
  /** The section of the app (`#/<section>/<id>` edits a record). */
  section: string;
  id: string;
  /** The form's label of the edited field, its new value, and the line the history shows for it. */
  label: string;
  value: string;
  change: string;
  /** Lines the creation left: one per table written (a session's languages are a table of their own). */
  created: number;
  /**
   * Lines a save adds besides the edited field: a session's save deletes and rewrites its language
   * links, which the history shows as one more "Modification" even when they did not change.
   */
  rewritten: number;
}

/** Edits one field through the record's form, saves, comes back and opens the record's history. */
async function editAndOpenHistory(page: Page, edit: Edit, user: string): Promise<Locator> {
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/#/${edit.section}/${edit.id}`);
  const panel = page.locator('.safety-record-history');
  // Before the edit: only the creation (made by the API call, under the same user name).
  const count = (n: number) => (n === 1 ? '1 modification' : `${n} modifications`);
  await expect(panel.locator('summary')).toContainText('Historique de la fiche');
  await expect(panel.locator('summary')).toHaveText(new RegExp(`${count(edit.created)}$`));
  await page.getByLabel(edit.label, { exact: true }).fill(edit.value);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page).toHaveURL(new RegExp(`#/${edit.section}$`));

  await page.goto(`${origin}/#/${edit.section}/${edit.id}`);
  const after = edit.created + 1 + edit.rewritten;
  await expect(panel.locator('summary')).toHaveText(new RegExp(`${count(after)}$`));
  // Collapsed until asked for.
  await expect(panel.locator('tbody')).toBeHidden();
  await panel.locator('summary').click();
  const rows = panel.locator('tbody tr');
  await expect(rows).toHaveCount(after);
  // One line, by this user, holds the edited field and nothing else.
  const edited = rows.filter({ has: page.locator('.safety-changes li', { hasText: edit.change }) });
  await expect(edited).toHaveCount(1);
  await expect(edited).toContainText(user);
  await expect(edited).toContainText('Modification');
  await expect(edited.locator('.safety-changes li')).toHaveText([edit.change]);
  // Every line carries the name set before (the creation too), and the oldest is the creation.
  for (let i = 0; i < after; i++) await expect(rows.nth(i)).toContainText(user);
  await expect(rows.nth(after - 1)).toContainText('Création');
  return panel;
}

test('each record shows its own history under its form: who changed which field', async ({ app }) => {
  const user = 'Aminata Traoré';
  await setUserName(app, user);
  const ids = await createRecords(app);

  await editAndOpenHistory(
    app,
    {
      section: 'incidents',
      id: ids.incident,
      label: 'Localité',
      value: 'Bourem',
      change: 'locality : Ansongo → Bourem',
      created: 1,
      rewritten: 0,
    },
    user,
  );
  await editAndOpenHistory(
    app,
    {
      section: 'operators',
      id: ids.operator,
      label: 'Sigle',
      value: 'AMSS-Mali',
      change: 'acronym : AMSS → AMSS-Mali',
      created: 1,
      rewritten: 0,
    },
    user,
  );
  const panel = await editAndOpenHistory(
    app,
    {
      section: 'education',
      id: ids.education,
      label: 'Localité',
      value: 'Ber',
      change: 'locality : Tessit → Ber',
      created: 2,
      // The languages are written back unchanged: no line for them.
      rewritten: 0,
    },
    user,
  );
  await panel.scrollIntoViewIfNeeded();
  await dismissNotices(app);
  await screenshot(app, 'record-history-education');

  // A record being created has no history yet: no panel on the new forms.
  for (const section of ['incidents', 'operators', 'education']) {
    await app.goto(`${new URL(app.url()).origin}/#/${section}/new`);
    await expect(app.getByRole('button', { name: 'Enregistrer' })).toBeVisible();
    await expect(app.locator('.safety-record-history')).toHaveCount(0);
  }
});

test('a casualty (a form of the shared record kit) and an administrative unit (a dialog) show theirs too', async ({
  app,
}) => {
  const user = 'Moussa Diarra';
  await setUserName(app, user);
  const units = (await api(app, 'adminUnits.list')) as { id: string; code: string }[];
  const person = (await api(app, 'casualties.createPerson', {
    incidentId: null,
    occurredOn: '2024-08-02',
    regionId: units.find((u) => u.code === 'GAO')!.id,
    lowerUnitId: null,
    locality: 'Ansongo',
    declaredCategory: 'IED_OTHER',
    activation: 'command',
    activity: 'travelling',
    outcome: 'killed',
    sex: 'unknown',
    age: null,
    ageBand: 'unknown',
    civilianStatus: 'civilian',
    disability: 'unknown',
    source: 'Mairie de la commune',
    notes: '',
  })) as { person: { id: string } };
  await editAndOpenHistory(
    app,
    {
      section: 'casualties',
      id: person.person.id,
      label: 'Localité',
      value: 'Tin-Hama',
      change: 'locality : Ansongo → Tin-Hama',
      created: 1,
      rewritten: 0,
    },
    user,
  );

  // The unit dialog: no history while adding, the rename once saved.
  await app.getByRole('link', { name: 'Unités administratives' }).click();
  await app.getByRole('button', { name: 'Ajouter un cercle à Gao' }).click();
  const add = app.getByRole('dialog', { name: 'Ajouter un cercle à la région Gao' });
  await expect(add.getByLabel('Nom en français')).toBeVisible();
  await expect(add.locator('.safety-record-history')).toHaveCount(0);
  await add.getByRole('button', { name: 'Annuler' }).click();

  await app.getByRole('button', { name: 'Déplier Gao' }).click();
  await app.getByRole('button', { name: 'Modifier Bourem' }).click();
  const edit = app.getByRole('dialog', { name: 'Modifier le cercle Bourem' });
  await edit.getByLabel('Nom en français').fill('Bourem-Ville');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toBeHidden();
  await app.getByRole('button', { name: 'Modifier Bourem-Ville' }).click();
  const again = app.getByRole('dialog', { name: 'Modifier le cercle Bourem-Ville' });
  const panel = again.locator('.safety-record-history');
  await expect(panel.locator('summary')).toHaveText(/1 modification$/);
  await panel.locator('summary').click();
  const rows = panel.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText(user);
  // The English name followed the French one, as it does while the two are the same.
  await expect(rows.nth(0).locator('.safety-changes li')).toHaveText([
    'name_fr : Bourem → Bourem-Ville',
    'name_en : Bourem → Bourem-Ville',
  ]);
  await screenshot(app, 'record-history-unit-dialog');
});
