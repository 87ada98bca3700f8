import type { WorkPlanComputed } from '../../shared/api/contracts/workplan';
import type { Language } from '../../shared/domain/common';
import type { PlanYear, WorkPlan } from '../../shared/domain/workplan';
import { formatArea, formatDate, formatNumber } from '../../shared/i18n/format';
import type { Translate } from '../../shared/i18n/index';
import { describe } from '../../shared/rules/workplan';
import { value, withStore, type Options } from './common';
import { CliUserError, cliLanguage, cliTranslator, type CliIo } from './io';

/*
 * `balise workplan --db FILE [--request ID] [--json]`: both scenarios of a request version's work
 * plan as text tables (tab-separated, so a spreadsheet takes them as they are). The latest draft of
 * the request (of the latest request by default); a request with no draft shows its last version.
 */

function scenarioLines(plan: WorkPlan, deadline: string, t: Translate, lang: Language): string[] {
  const n = (x: number | null, digits = 0) => (x === null ? '—' : formatNumber(x, lang, digits));
  const m2 = (x: number) => formatArea(x, lang);
  const row = (...cells: string[]) => cells.join('\t');
  const yearRow = (
    label: string,
    y: Omit<
      PlanYear,
      'year' | 'regions' | 'steps' | 'teamYears' | 'teamYearsTotal' | 'newM2' | 'remainingM2'
    > & { teamYears: number; newM2: string; remaining: string },
  ) =>
    row(
      label,
      y.newM2,
      m2(y.cancelledM2),
      m2(y.reducedM2),
      m2(y.clearedM2),
      y.remaining,
      n(y.teamYears, 2),
      n(y.cost),
      n(y.nationalCost),
      n(y.internationalCost),
      n(y.fundingGap),
    );
  const out = [
    t('workplan.result.milestones', { scenario: t(`workplan.scenario.${plan.scenario}`) }),
    t('workplan.cli.completion', {
      date: plan.completionDate ? formatDate(plan.completionDate, lang) : t('workplan.result.never'),
      deadline: formatDate(deadline, lang),
    }),
    row(
      ...[
        'year',
        'new',
        'cancelled',
        'reduced',
        'cleared',
        'remaining',
        'teamYears',
        'cost',
        'national',
        'international',
        'gap',
      ].map((c) => t(`workplan.col.${c}`)),
    ),
  ];
  for (const y of plan.years)
    out.push(
      yearRow(String(y.year), {
        ...y,
        teamYears: y.teamYearsTotal,
        newM2: m2(y.newM2),
        remaining: m2(y.remainingM2),
      }),
    );
  out.push(yearRow(t('workplan.col.total'), { ...plan.totals, newM2: '', remaining: '' }));
  for (const w of plan.warnings) out.push(`! ${describe(t, lang, w)}`);
  return [...out, ''];
}

export async function showWorkPlan(options: Options, io: CliIo): Promise<void> {
  const requestId = typeof options.request === 'string' ? options.request : undefined;
  const t = cliTranslator(io.env);
  const lang = cliLanguage(io.env);
  const { computed, version } = await withStore(options, io, async (call, store) => {
    const chosen =
      store.repos.workplan.latestDraft(requestId) ??
      (requestId === undefined ? null : store.repos.workplan.latestVersion(requestId));
    if (!chosen) throw new CliUserError('workplan.errors.noRequest');
    return {
      computed: value<WorkPlanComputed>(await call('workplan.compute', { versionId: chosen.versionId })),
      version: chosen,
    };
  });
  if (options.json) return io.out(JSON.stringify({ ...version, ...computed }, null, 2));
  io.out(t('workplan.cli.title', { title: version.title, version: version.version }));
  io.out('');
  for (const plan of computed.plans)
    for (const line of scenarioLines(plan, computed.requestedDeadline, t, lang)) io.out(line);
}
