import { useState, type FormEvent } from 'react';
import { formatError } from '../../../../shared/i18n/errorMessages';
import { AccountDraftSchema, type Actor } from '../../../../shared/domain/schemas';
import { Field } from '../../../components/Field';
import { useT } from '../../../hooks/useT';
import { errorsByField } from '../../../i18n/validationLocale';
import { useAppStore } from '../../../state/store';

const EMPTY = { platform: '', handle: '', url: '', followers: '', engagement: '' };

/** Platform accounts; their followers and engagement make the actor's reach and resonance. */
export function AccountsSection({ actor }: { actor: Actor }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const perform = useAppStore((s) => s.perform);
  const act = useAppStore((s) => s.act);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const number = (text: string) =>
    text.trim() === '' ? null : Number(text.replace(/[\s\u202f]/g, '').replace(',', '.'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const engagement = number(draft.engagement);
    const parsed = AccountDraftSchema.safeParse({
      actorId: actor.id,
      platform: draft.platform,
      handle: draft.handle,
      url: draft.url.trim() || null,
      followers: number(draft.followers),
      // Typed as a percentage ("3.5" = 3.5 %), stored as a rate.
      engagementRate: engagement === null ? null : engagement / 100,
    });
    if (!parsed.success) return setErrors(errorsByField(parsed.error));
    const outcome = await perform('account:create', parsed.data);
    if (!outcome.ok) return setErrors({ handle: formatError(outcome.error, locale) });
    setErrors({});
    setDraft(EMPTY);
  };

  return (
    <details className="inspector-section" open>
      <summary>{t('inspector.accounts')}</summary>
      <ul className="item-list" data-testid="accounts">
        {actor.accounts.map((a) => (
          <li key={a.id}>
            <span>
              <strong>{a.platform}</strong> {a.handle}
              {a.followers !== null
                ? ` · ${new Intl.NumberFormat(locale).format(a.followers)}`
                : ''}
              {a.engagementRate !== null ? ` · ${(a.engagementRate * 100).toFixed(1)} %` : ''}
            </span>
            <button
              type="button"
              className="link"
              aria-label={`${t('common.delete')}: ${a.handle}`}
              onClick={() => void act('account:delete', { id: a.id })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="compact-form" onSubmit={(e) => void submit(e)} aria-label={t('account.new')}>
        <div className="two-columns">
          <Field id="account-platform" label={t('account.platform')} error={errors.platform}>
            <input
              id="account-platform"
              list="platforms"
              value={draft.platform}
              onChange={(e) => setDraft({ ...draft, platform: e.target.value })}
            />
          </Field>
          <Field id="account-handle" label={t('account.handle')} error={errors.handle}>
            <input
              id="account-handle"
              value={draft.handle}
              onChange={(e) => setDraft({ ...draft, handle: e.target.value })}
            />
          </Field>
          <Field id="account-followers" label={t('account.followers')} error={errors.followers}>
            <input
              id="account-followers"
              inputMode="numeric"
              value={draft.followers}
              onChange={(e) => setDraft({ ...draft, followers: e.target.value })}
            />
          </Field>
          <Field
            id="account-engagement"
            label={t('account.engagement')}
            error={errors.engagementRate}
          >
            <input
              id="account-engagement"
              inputMode="decimal"
              value={draft.engagement}
              onChange={(e) => setDraft({ ...draft, engagement: e.target.value })}
            />
          </Field>
        </div>
        <Field id="account-url" label={t('account.url')} error={errors.url}>
          <input
            id="account-url"
            type="url"
            value={draft.url}
            onChange={(e) => setDraft({ ...draft, url: e.target.value })}
          />
        </Field>
        <datalist id="platforms">
          {[
            'instagram',
            'youtube',
            'tiktok',
            'x',
            'linkedin',
            'facebook',
            'twitch',
            'podcast',
            'blog',
            'web',
            'forum',
            'mastodon',
            'bluesky',
          ].map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <button type="submit">{t('account.add')}</button>
      </form>
    </details>
  );
}
