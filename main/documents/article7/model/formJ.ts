import type { FormJ } from '../../../../shared/domain/article7';
import { ASSISTANCE_SERVICES } from '../../../../shared/domain/assistance';
import { AGE_GROUPS, SEXES } from '../../../../shared/domain/people';
import { assistanceInPeriod } from '../../../../shared/rules/assistance';
import { casualtiesInPeriod } from '../../../../shared/rules/casualties';
import { inPeriod, spanInPeriod } from '../../../../shared/rules/period';
import type { ModelContext } from './context';
import { provenanceOf } from './provenance';

/** Form J: victim assistance and casualties of the period by sex and age, and the written texts. */
export function buildFormJ(ctx: ModelContext): FormJ {
  const { period, written } = ctx;
  const assistance = assistanceInPeriod(ctx.repos.education.assistance.figureInputsInPeriod(period), period);
  const assistanceRecords = ctx.sources
    .all('victimAssistance')
    .filter((r) => r.date !== null && inPeriod(r.date, period))
    .map((r) => ({ type: 'victimAssistance' as const, id: r.id }));

  const input = ctx.repos.casualties.figureInputsInPeriod(period);
  const c = casualtiesInPeriod(input, period);
  const bySexAndAge = Object.fromEntries(
    SEXES.map((sex) => [
      sex,
      Object.fromEntries(
        AGE_GROUPS.map((age) => [age, c.bySexAndAge.killed[sex][age] + c.bySexAndAge.injured[sex][age]]),
      ),
    ]),
  ) as FormJ['casualties']['bySexAndAge'];
  // The records casualtiesInPeriod counted: persons on their date, aggregates wholly inside.
  const casualtyRecords = [
    ...input.persons
      .filter((p) => inPeriod(p.occurredOn, period))
      .map((p) => ({ type: 'casualtyPerson' as const, id: p.id })),
    ...input.aggregates
      .filter((a) => spanInPeriod(a.period, period))
      .map((a) => ({ type: 'casualtyAggregate' as const, id: a.id })),
  ];
  return {
    assistance: {
      beneficiaries: assistance.beneficiaries,
      byService: ASSISTANCE_SERVICES.filter((s) => assistance.byService[s].records > 0).map((service) => ({
        service,
        beneficiaries: assistance.byService[service].beneficiaries,
      })),
      provenance: provenanceOf(ctx.sources, assistanceRecords),
    },
    casualties: {
      killed: c.byOutcome.killed,
      injured: c.byOutcome.injured,
      bySexAndAge,
      mineCasualties: { killed: c.mineCasualties.killed.total, injured: c.mineCasualties.injured.total },
      civilians: {
        killed: c.byCivilianStatus.civilian.killed.total,
        injured: c.byCivilianStatus.civilian.injured.total,
      },
      provenance: provenanceOf(ctx.sources, casualtyRecords),
    },
    cooperation: written.cooperation,
    gender: written.gender,
    other: written.other,
  };
}
