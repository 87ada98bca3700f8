import type { Translate } from '../../../shared/i18n/index';

/**
 * The label of a field of the capacity form, for the error summary: table cells are named by
 * their row and column ("Personnel opérationnel — Total déclaré"). Null for a path that is no field.
 */
export function capacityFieldLabel(t: Translate, path: string): string | null {
  const [head, a, b] = path.split('.');
  const pair = (row: string, column: string) => `${t(row)} — ${t(column)}`;
  if (head === 'teams' && a && b) return pair(`operator.activity.${a}`, `capacity.column.${b}`);
  if (head === 'staff' && a && b) return pair(`capacity.role.${a}`, `capacity.staff.${b}`);
  if (head === 'assets' && a) return t(`capacity.asset.${a}`);
  if (head === 'productivity' && a === 'm2PerTeamDay' && b)
    return pair(`release.method.${b}`, 'capacity.column.m2PerTeamDay');
  const key = `capacity.field.${path.replace('productivity.', '')}`;
  const label = t(key);
  return label === key ? null : label;
}
