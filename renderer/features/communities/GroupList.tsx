import { useState, type FormEvent } from 'react';
import { formatError } from '../../../shared/i18n/errorMessages';
import type { AppErrorData } from '../../../shared/api/errors';
import { useT } from '../../hooks/useT';
import { useAppStore } from '../../state/store';
import { EditableText } from '../inspector/EditableText';

/** A community or a topic, as this list shows and edits it. */
export type Group = { id: number; name: string; color: string | null; detail?: string };

export type GroupListProps = {
  title: string;
  testId: string;
  groups: readonly Group[];
  onCreate: (name: string, color: string) => Promise<AppErrorData | null>;
  onRename: (id: number, name: string) => Promise<AppErrorData | null>;
  onRecolor: (id: number, color: string) => void;
  onDelete: (id: number) => void;
  onMerge: (sourceIds: number[], targetId: number) => void;
};

/**
 * Create, rename, colour, merge and delete: the same list serves communities and topics. Each
 * action is one undoable change.
 */
export function GroupList({
  title,
  testId,
  groups,
  onCreate,
  onRename,
  onRecolor,
  onDelete,
  onMerge,
}: GroupListProps) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const [name, setName] = useState('');
  const [color, setColor] = useState('#66a61e');
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  const [target, setTarget] = useState('');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await onCreate(name, color);
    setError(failure ? formatError(failure, locale) : null);
    if (!failure) setName('');
  };
  const toggle = (id: number) =>
    setChecked((c) => (c.has(id) ? new Set([...c].filter((x) => x !== id)) : new Set([...c, id])));

  return (
    <section className="group-list" data-testid={testId}>
      <h2>{title}</h2>
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            <input
              type="checkbox"
              checked={checked.has(g.id)}
              onChange={() => toggle(g.id)}
              aria-label={`${t('groups.pick')}: ${g.name}`}
            />
            <input
              type="color"
              value={g.color ?? '#999999'}
              onChange={(e) => onRecolor(g.id, e.target.value)}
              aria-label={`${t('groups.color')}: ${g.name}`}
            />
            <EditableText
              id={`${testId}-name-${g.id}`}
              value={g.name}
              onCommit={async (value) => {
                const failure = await onRename(g.id, value);
                return failure ? formatError(failure, locale) : null;
              }}
              onError={setError}
            />
            {g.detail ? <span className="group-detail">{g.detail}</span> : null}
            <button
              type="button"
              className="link"
              onClick={() => {
                if (window.confirm(t('groups.deleteConfirm', { name: g.name }))) onDelete(g.id);
              }}
              aria-label={`${t('common.delete')}: ${g.name}`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {checked.size > 0 ? (
        <div className="inline-group">
          <select
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            aria-label={t('groups.mergeInto')}
          >
            <option value="">{t('groups.mergeInto')}</option>
            {groups
              .filter((g) => !checked.has(g.id) || checked.size > 1)
              .map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            disabled={!target}
            onClick={() => {
              onMerge(
                [...checked].filter((id) => id !== Number(target)),
                Number(target),
              );
              setChecked(new Set());
              setTarget('');
            }}
          >
            {t('groups.merge', { count: checked.size })}
          </button>
        </div>
      ) : null}
      <form
        className="inline-group"
        onSubmit={(e) => void create(e)}
        aria-label={`${t('groups.new')}: ${title}`}
      >
        <input
          type="color"
          value={color}
          onChange={(e) => setColor(e.target.value)}
          aria-label={t('groups.color')}
        />
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('groups.newName')}
          aria-label={t('groups.newName')}
          maxLength={400}
        />
        <button type="submit" disabled={!name.trim()}>
          {t('common.create')}
        </button>
      </form>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </section>
  );
}
