import { useEffect, useRef, useState } from 'react';
import {
  completenessOf,
  type SectionId,
  type TextBlock,
  type WrittenSection,
} from '../../../shared/domain/article5';
import { callApi } from '../../api/client';
import { useNotices } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nContext';
import { blocksToHtml, htmlToBlocks } from './richText';

interface Props {
  versionId: string;
  section: SectionId;
  written: WrittenSection | undefined;
  frozen: boolean;
  onSaved: () => void;
}

/**
 * A written section: paragraphs and bullet lists with bold and italic, saved as structured text;
 * "complete" is the user's marker. The executive summary can start from the text drafted from
 * the figures.
 */
export function SectionEditor({ versionId, section, written, frozen, onSaved }: Props) {
  const { t, lang } = useI18n();
  const { notify } = useNotices();
  const surface = useRef<HTMLDivElement>(null);
  const [complete, setComplete] = useState(written?.complete ?? false);
  const [busy, setBusy] = useState(false);

  const load = (blocks: readonly TextBlock[]) => {
    if (surface.current) surface.current.innerHTML = blocksToHtml(blocks);
  };
  useEffect(() => {
    load(written?.blocks ?? []);
    // Only when another section (or version) is opened (the page keys the editor by both):
    // typing must not be reset by a reload after saving.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [versionId, section]);

  const command = (name: 'bold' | 'italic' | 'insertUnorderedList') => {
    surface.current?.focus();
    document.execCommand(name);
  };

  const save = async () => {
    if (!surface.current) return;
    setBusy(true);
    const blocks = htmlToBlocks(surface.current);
    const r = await callApi('requests.saveSection', {
      id: versionId,
      section,
      written: { blocks, complete },
    });
    setBusy(false);
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    notify({ kind: 'success', message: t('article5.editor.saved') });
    return onSaved();
  };

  const insertDraft = async () => {
    const r = await callApi('requests.summaryDraft', { id: versionId, lang });
    if (!r.ok) return notify({ kind: 'error', message: t(r.error.messageKey, r.error.params) });
    return load(r.value);
  };

  const marker = completenessOf(written);
  return (
    <div className="section-editor">
      <div className="section-editor-toolbar" role="toolbar" aria-label={t('article5.editor.label')}>
        <button type="button" className="button" disabled={frozen} onClick={() => command('bold')}>
          <b>{t('article5.editor.bold')}</b>
        </button>
        <button type="button" className="button" disabled={frozen} onClick={() => command('italic')}>
          <i>{t('article5.editor.italic')}</i>
        </button>
        <button
          type="button"
          className="button"
          disabled={frozen}
          onClick={() => command('insertUnorderedList')}
        >
          {t('article5.editor.bullets')}
        </button>
        {section === 'executiveSummary' && !frozen ? (
          <button type="button" className="button" onClick={() => void insertDraft()}>
            {t('article5.editor.insertDraft')}
          </button>
        ) : null}
        <span className={`completeness completeness-${marker}`}>{t(`article5.completeness.${marker}`)}</span>
      </div>
      <div
        ref={surface}
        className="section-editor-surface"
        contentEditable={!frozen}
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label={t('article5.editor.label')}
        aria-readonly={frozen}
      />
      {frozen ? null : (
        <div className="form-actions">
          <label className="checkbox">
            <input type="checkbox" checked={complete} onChange={(e) => setComplete(e.target.checked)} />
            {t('article5.editor.markComplete')}
          </label>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
            {t('article5.editor.save')}
          </button>
        </div>
      )}
    </div>
  );
}
