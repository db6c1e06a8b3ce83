import type { ViewId } from '../../../shared/domain/vocabulary';
import { useT } from '../../hooks/useT';

export type ComingSoonProps = {
  view: Exclude<ViewId, 'map' | 'actors' | 'communities' | 'crisis'>;
};

/** A view that is not built yet says so plainly, and what it will do. */
export function ComingSoon({ view }: ComingSoonProps) {
  const t = useT();
  return (
    <section className="coming-soon" data-testid={`view-${view}`}>
      <h2>{t(`view.${view}`)}</h2>
      <p>{t('view.comingSoon')}</p>
      <p>{t(`view.comingSoon.${view}`)}</p>
    </section>
  );
}
