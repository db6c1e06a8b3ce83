import { useState, type FormEvent } from 'react';
import {
  SIZE_ENCODINGS,
  VIEW_LAYOUTS,
  type SavedView,
  type SizeEncoding,
  type ViewEncoding,
  type ViewId,
  type ViewLayout,
} from '../../../shared/domain/schemas';
import { ExportMenu, type ExportChoice } from './ExportMenu';
import type { LabelMode } from './mapStylesheet';
import { useT } from '../../hooks/useT';

export type ViewBarProps = {
  views: readonly SavedView[];
  current: SavedView | null;
  progress: { share: number; cancel(): void } | null;
  onChoose: (id: ViewId) => void;
  onApplyLayout: (layout: ViewLayout) => void;
  onSaveAs: (name: string) => void;
  encoding: ViewEncoding;
  onEncoding: (encoding: ViewEncoding) => void;
  onExport: (choice: ExportChoice) => Promise<void>;
};

/** Saved views (switch, save as), the layout to apply, and a running layout's progress with Cancel. */
export function ViewBar({
  views,
  current,
  progress,
  onChoose,
  onApplyLayout,
  onSaveAs,
  encoding,
  onEncoding,
  onExport,
}: ViewBarProps) {
  const t = useT();
  const [layout, setLayout] = useState<ViewLayout>(current?.layout ?? 'force');
  const [naming, setNaming] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (naming?.trim()) onSaveAs(naming.trim());
    setNaming(null);
  };
  return (
    <div className="toolbar view-bar">
      <label className="inline-group">
        {t('views.view')}
        <select
          value={current?.id ?? ''}
          onChange={(e) => onChoose(Number(e.target.value) as ViewId)}
          data-testid="view-select"
          disabled={views.length === 0}
        >
          {views.length === 0 ? <option value="">{t('views.unsaved')}</option> : null}
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      {naming === null ? (
        <button type="button" onClick={() => setNaming('')}>
          {t('views.saveAs')}
        </button>
      ) : (
        <form className="inline-group" onSubmit={submit}>
          <input
            autoFocus
            value={naming}
            onChange={(e) => setNaming(e.target.value)}
            placeholder={t('views.name')}
            aria-label={t('views.name')}
            maxLength={300}
            data-testid="view-name"
          />
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          <button type="button" onClick={() => setNaming(null)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      <label className="inline-group">
        {t('views.layout')}
        <select
          value={layout}
          onChange={(e) => setLayout(e.target.value as ViewLayout)}
          data-testid="layout-select"
        >
          {VIEW_LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`layout.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onApplyLayout(layout)} disabled={progress !== null}>
        {t('views.apply')}
      </button>
      <label className="inline-group">
        {t('encoding.size')}
        <select
          value={encoding.size ?? 'reach'}
          onChange={(e) => onEncoding({ ...encoding, size: e.target.value as SizeEncoding })}
          data-testid="size-select"
        >
          {SIZE_ENCODINGS.map((s) => (
            <option key={s} value={s}>
              {t(`encoding.size.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-group">
        {t('encoding.labels')}
        <select
          value={encoding.labels ?? 'auto'}
          onChange={(e) => onEncoding({ ...encoding, labels: e.target.value as LabelMode })}
          data-testid="labels-select"
        >
          {(['auto', 'all', 'none'] as const).map((mode) => (
            <option key={mode} value={mode}>
              {t(`encoding.labels.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={encoding.hulls ?? true}
          onChange={(e) => onEncoding({ ...encoding, hulls: e.target.checked })}
          data-testid="hulls-toggle"
        />
        {t('encoding.hulls')}
      </label>
      <ExportMenu onExport={onExport} />
      {progress ? (
        <span className="inline-group" role="status" data-testid="layout-progress">
          <progress value={progress.share} max={1} />
          <button type="button" onClick={progress.cancel}>
            {t('common.cancel')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
