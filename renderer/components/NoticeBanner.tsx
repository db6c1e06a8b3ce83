import { formatError } from '../../shared/i18n/errorMessages';
import { useT } from '../hooks/useT';
import { useAppStore } from '../state/store';

/** The last failure, in the user's language, until dismissed. */
export function NoticeBanner() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const locale = useAppStore((s) => s.locale);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <span>{formatError(notice, locale)}</span>
      <button type="button" onClick={dismiss}>
        {t('shell.dismiss')}
      </button>
    </div>
  );
}
