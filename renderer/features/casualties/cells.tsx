import type { ActivationMode, DeviceCategory, Reclassification } from '../../../shared/domain/devices';
import type { AgeBand, AgeGroup, Sex } from '../../../shared/domain/people';
import { useI18n } from '../../i18n/I18nContext';

/** Who the person was: "Fille", "Homme (âge inconnu)"…, with the age or band below when known. */
export function PersonCell({
  row,
}: {
  row: { sex: Sex; ageGroup: AgeGroup; age: number | null; ageBand: AgeBand };
}) {
  const { t } = useI18n();
  const age =
    row.age !== null
      ? t('casualty.age.years', { age: row.age })
      : row.ageBand !== 'unknown'
        ? t(`people.ageBand.${row.ageBand}`)
        : null;
  return (
    <td>
      {t(`casualty.who.${row.sex}.${row.ageGroup}`)}
      {age ? <span className="sub">{age}</span> : null}
    </td>
  );
}

/** The device as every figure counts it, with what was declared and why it was reclassified. */
export function DeviceCell({
  row,
}: {
  row: {
    category: DeviceCategory;
    declaredCategory: DeviceCategory;
    activation: ActivationMode;
    reclassifiedBecause: Reclassification | null;
  };
}) {
  const { t } = useI18n();
  return (
    <td className="casualty-device">
      {t(`device.${row.category}`)}
      {row.reclassifiedBecause ? (
        <span className="sub">
          {t('casualty.declaredAs', { category: t(`device.${row.declaredCategory}`) })}
        </span>
      ) : null}
    </td>
  );
}
