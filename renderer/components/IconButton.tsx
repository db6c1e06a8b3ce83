import type { ReactNode } from 'react';

/**
 * A button shown as an icon, named by its title (the tooltip) and its aria-label: for the header,
 * where a word would push the tabs out of view.
 */
export function IconButton({
  label,
  onClick,
  testId,
  className,
  children,
}: {
  label: string;
  onClick: () => void;
  testId: string;
  className?: string;
  /** The icon: an inline SVG drawn in `currentColor`, hidden from assistive technology. */
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      onClick={onClick}
      title={label}
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
