import { formatError } from '../../shared/i18n/errorMessages';
import { useT } from '../hooks/useT';
import { useAppStore } from '../state/store';

/** The last failure, in the user's language, until dismissed; or a journal just set aside. */
export function NoticeBanner() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const journalSetAside = useAppStore((s) => s.journalSetAside);
  const locale = useAppStore((s) => s.locale);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const openMap = useAppStore((s) => s.openMap);
  if (!notice && journalSetAside)
    return (
      <div className="notice notice-info" role="status" data-testid="journal-set-aside">
        <span>{t('shell.journalSetAside', { path: journalSetAside })}</span>
        <button type="button" onClick={dismiss}>
          {t('shell.dismiss')}
        </button>
      </div>
    );
  if (!notice) return null;
  // A journal that is not the map's own: the user may open the map as it is, the journal kept
  // aside (`<map>-journal.set-aside-<time>`), not replayed.
  const foreignJournalOf = notice.code === 'FOREIGN_JOURNAL' ? notice.file : undefined;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <span>{formatError(notice, locale)}</span>
      {foreignJournalOf ? (
        <button
          type="button"
          data-testid="set-journal-aside"
          onClick={() => void openMap(foreignJournalOf, { setJournalAside: true })}
        >
          {t('shell.setJournalAside')}
        </button>
      ) : null}
      <button type="button" onClick={dismiss}>
        {t('shell.dismiss')}
      </button>
    </div>
  );
}
