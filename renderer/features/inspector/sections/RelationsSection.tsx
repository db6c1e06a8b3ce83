import { useMemo, useState, type FormEvent } from 'react';
import { formatError } from '../../../../shared/i18n/errorMessages';
import type { Actor } from '../../../../shared/domain/schemas';
import { foldText } from '../../../../shared/util/text';
import { useT } from '../../../hooks/useT';
import { relationTypeLabel } from '../../../i18n/labels';
import { useAppStore } from '../../../state/store';

/** The actor's relations in both directions (click one to edit it), and a form to add one. */
export function RelationsSection({ actor }: { actor: Actor }) {
  const t = useT();
  const graph = useAppStore((s) => s.graph);
  const types = useAppStore((s) => s.map?.settings.relationTypes ?? []);
  const locale = useAppStore((s) => s.locale);
  const select = useAppStore((s) => s.select);
  const perform = useAppStore((s) => s.perform);
  const [target, setTarget] = useState('');
  const [type, setType] = useState('');
  const [error, setError] = useState<string | null>(null);
  const names = useMemo(() => new Map((graph?.actors ?? []).map((a) => [a.id, a.name])), [graph]);
  const relations = (graph?.relations ?? []).filter(
    (r) => r.sourceId === actor.id || r.targetId === actor.id,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = foldText(target.trim());
    const other = graph?.actors.find((a) => a.id !== actor.id && foldText(a.name) === wanted);
    if (!other) return setError(t('relation.unknownActor'));
    const outcome = await perform('relation:create', {
      sourceId: actor.id,
      targetId: other.id,
      type: type || (types[0] ?? 'mentions'),
    });
    if (!outcome.ok) return setError(formatError(outcome.error, locale));
    setError(null);
    setTarget('');
  };

  return (
    <details className="inspector-section" open>
      <summary>{t('inspector.relations', { count: relations.length })}</summary>
      <ul className="item-list" data-testid="actor-relations">
        {relations.map((r) => {
          const outgoing = r.sourceId === actor.id;
          const other = names.get(outgoing ? r.targetId : r.sourceId) ?? '?';
          return (
            <li key={r.id}>
              <button
                type="button"
                className="link relation-link"
                onClick={() => select({ kind: 'relation', id: r.id })}
              >
                {outgoing ? '→' : '←'} {relationTypeLabel(t, r.type)} · {other}
              </button>
            </li>
          );
        })}
      </ul>
      <form
        className="compact-form"
        onSubmit={(e) => void submit(e)}
        aria-label={t('relation.new')}
      >
        <div className="two-columns">
          <input
            list="relation-targets"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            placeholder={t('relation.target')}
            aria-label={t('relation.target')}
            data-testid="relation-target"
          />
          <select
            value={type}
            onChange={(e) => setType(e.target.value)}
            aria-label={t('relation.type')}
          >
            {types.map((x) => (
              <option key={x} value={x}>
                {relationTypeLabel(t, x)}
              </option>
            ))}
          </select>
        </div>
        <datalist id="relation-targets">
          {(graph?.actors ?? [])
            .filter((a) => a.id !== actor.id)
            .map((a) => (
              <option key={a.id} value={a.name} />
            ))}
        </datalist>
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
        <button type="submit">{t('relation.add')}</button>
      </form>
    </details>
  );
}
