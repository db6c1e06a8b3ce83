import { useState, type FormEvent } from 'react';
import type { ActorSummary } from '../../../shared/domain/schemas';
import { useT } from '../../hooks/useT';
import { foldText } from '../../../shared/util/text';

export type MapSearchProps = {
  actors: readonly ActorSummary[];
  onFound: (actor: ActorSummary) => void;
};

/** Finds an actor by name (accents and case ignored) and hands it over to be selected and centred. */
export function MapSearch({ actors, onFound }: MapSearchProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const needle = foldText(query.trim());
  const matches = needle ? actors.filter((a) => foldText(a.name).includes(needle)).slice(0, 8) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches[0]) onFound(matches[0]);
  };
  return (
    <form className="map-search" onSubmit={submit} role="search">
      <input
        id="view-search"
        type="search"
        value={query}
        placeholder={t('map.search')}
        aria-label={t('map.search')}
        onChange={(e) => setQuery(e.target.value)}
        list="map-search-matches"
      />
      <datalist id="map-search-matches">
        {matches.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
    </form>
  );
}
