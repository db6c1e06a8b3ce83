import './stories.css';
import { IconButton } from '../../components/IconButton';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';

/**
 * Opens the stories dialog from the header. An icon (a screen with a play sign), named by its
 * title and aria-label, for the same want of room as the report's button.
 */
export function StoriesButton() {
  const t = useT();
  const setStoriesOpen = useAppStore((s) => s.setStoriesOpen);
  return (
    <IconButton
      className="stories-button"
      onClick={() => setStoriesOpen(true)}
      label={t('stories.title')}
      testId="open-stories"
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <rect
          x="1.5"
          y="2.5"
          width="13"
          height="9"
          rx="1"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.2"
        />
        <path d="M6.5 4.8v4.4l3.6-2.2z" fill="currentColor" />
        <path d="M8 11.5v2.5 M5 14.5h6" stroke="currentColor" strokeWidth="1.2" />
      </svg>
    </IconButton>
  );
}
