import { useState } from 'react';
import type { FieldChange, HistoryEntry } from '../../../shared/domain/history';
import { useI18n } from '../../i18n/I18nContext';
import { isReference, shorten, valueText, visibleChanges } from './changeValues';

/** How many fields a line shows before "+N". */
const SHOWN = 3;

function Value({ field, value }: { field: string; value: unknown }) {
  const i18n = useI18n();
  const text = valueText(field, value, i18n);
  if (text === null) return <span className="muted">—</span>;
  if (isReference(value)) {
    return (
      <code className="safety-id" title={value}>
        {value.slice(0, 8)}
      </code>
    );
  }
  const short = shorten(text);
  return <span title={short === text ? undefined : text}>{short}</span>;
}

/** What a line shows of a change: the new value of a created row, the old one of a removed row. */
type Side = 'after' | 'before' | 'both';

/** "field : before → after"; a create shows only the new value, a removed row only the old one. */
function ChangeLine({ change, side }: { change: FieldChange; side: Side }) {
  return (
    <li>
      <code className="safety-field">{change.field}</code>
      {'\u00a0: '}
      {side === 'after' ? (
        <Value field={change.field} value={change.after} />
      ) : side === 'before' ? (
        <Value field={change.field} value={change.before} />
      ) : (
        <>
          <Value field={change.field} value={change.before} /> →{' '}
          <Value field={change.field} value={change.after} />
        </>
      )}
    </li>
  );
}

/**
 * The fields a change touched, three at most, then "+N" to show the rest. Field names are the
 * database's column names, shown as they are (no label was invented for them). A change to a
 * child row (an area's devices) names its table first.
 */
export function ChangeSummary({ entry }: { entry: HistoryEntry }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const changes = visibleChanges(entry);
  const shown = open ? changes : changes.slice(0, SHOWN);
  const hidden = changes.length - shown.length;
  // A soft delete or a restore changes deleted_at like any update (null → a time): only a record
  // created, a child row added (an area's device), or a row removed from its table has one side.
  const added =
    entry.action === 'create' ||
    (entry.tableName !== entry.recordType && entry.changes.every((c) => c.before === null));
  const removed =
    (entry.action === 'delete' || entry.tableName !== entry.recordType) &&
    entry.changes.every((c) => c.after === null);
  const side: Side = added ? 'after' : removed ? 'before' : 'both';
  return (
    <div className="safety-changes">
      {entry.tableName !== entry.recordType ? <code className="safety-table">{entry.tableName}</code> : null}
      {changes.length === 0 ? (
        <span className="muted">{t('safety.ui.history.noChange')}</span>
      ) : (
        <ul>
          {shown.map((c) => (
            <ChangeLine key={c.field} change={c} side={side} />
          ))}
        </ul>
      )}
      {hidden > 0 ? (
        <button
          type="button"
          className="link-button"
          aria-label={t('safety.ui.history.moreLabel', { n: hidden })}
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {t('safety.ui.history.more', { n: hidden })}
        </button>
      ) : open && changes.length > SHOWN ? (
        <button type="button" className="link-button" aria-expanded onClick={() => setOpen(false)}>
          {t('safety.ui.history.less')}
        </button>
      ) : null}
    </div>
  );
}
