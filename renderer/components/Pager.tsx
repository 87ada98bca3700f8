import { useI18n } from '../i18n/I18nContext';

interface PagerProps {
  /** Zero-based. */
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Previous / next with "rows 101–200 of 250"; hidden when everything fits on one page. */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t, number } = useI18n();
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const first = page * pageSize + 1;
  const last = Math.min(total, first + pageSize - 1);
  return (
    <nav className="pager" aria-label={t('ui.pager.label')}>
      <button type="button" className="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('ui.pager.previous')}
      </button>
      <span>
        {t('ui.pager.range', { first: number(first), last: number(last), total: number(total) })} ·{' '}
        {t('ui.pager.page', { page: page + 1, pages })}
      </span>
      <button type="button" className="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t('ui.pager.next')}
      </button>
    </nav>
  );
}
