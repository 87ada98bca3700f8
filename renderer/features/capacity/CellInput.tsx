import type { FieldIssue } from '../../../shared/domain/common';
import { useI18n } from '../../i18n/I18nContext';

/** A cell's message: an error blocks saving, a warning does not. */
export interface CellIssue {
  id: string;
  issue: FieldIssue;
  error: boolean;
}

/** The error, else the warning, of the cell `id`, as the row below the cells shows it. */
export function cellIssue(
  id: string,
  error: FieldIssue | undefined,
  warning: FieldIssue | undefined,
): CellIssue | null {
  if (error) return { id, issue: error, error: true };
  return warning ? { id, issue: warning, error: false } : null;
}

const messageId = (id: string) => `${id}-message`;

interface Props {
  id: string;
  /** Row and column together ("Personnel opérationnel — Femmes"): the cell has no visible label of its own. */
  label: string;
  value: string;
  issue: CellIssue | null;
  onChange: (value: string) => void;
}

/** A number typed in a table cell; its message is shown in the row under it (`CellMessages`). */
export function CellInput({ id, label, value, issue, onChange }: Props) {
  return (
    <td className={`num capacity-cell${issue?.error ? ' field-invalid' : ''}`}>
      <input
        id={id}
        aria-label={label}
        aria-invalid={Boolean(issue?.error)}
        aria-describedby={issue ? messageId(issue.id) : undefined}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </td>
  );
}

/**
 * The messages of a row's cells, in a full-width row under it: a cell is too narrow for a
 * sentence, and the message names the field anyway.
 */
export function CellMessages({ issues, columns }: { issues: (CellIssue | null)[]; columns: number }) {
  const { t } = useI18n();
  const shown = issues.filter((i): i is CellIssue => i !== null);
  if (shown.length === 0) return null;
  return (
    <tr className="capacity-row-messages">
      <td colSpan={columns}>
        {shown.map((i) => (
          <p key={i.id} id={messageId(i.id)} className={i.error ? 'field-error' : 'field-warning'}>
            {t(i.issue.messageKey, i.issue.params)}
          </p>
        ))}
      </td>
    </tr>
  );
}
