import { useState, type FormEvent } from 'react';
import { formatError } from '../../../shared/i18n/errorMessages';
import { MapSettingsPatchSchema, type MapSettings } from '../../../shared/domain/schemas';
import { Field } from '../../components/Field';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { useT } from '../../hooks/useT';
import { errorsByField } from '../../i18n/validationLocale';
import { useAppStore } from '../../state/store';

type Draft = {
  name: string;
  client: string;
  micro: string;
  macro: string;
  mega: string;
  relationTypes: string;
  reach: string;
  resonance: string;
  relevance: string;
  centrality: string;
};

const toDraft = (s: MapSettings): Draft => ({
  name: s.name,
  client: s.client ?? '',
  micro: String(s.tierThresholds.micro),
  macro: String(s.tierThresholds.macro),
  mega: String(s.tierThresholds.mega),
  relationTypes: s.relationTypes.join(', '),
  reach: String(s.scoreWeights.reach),
  resonance: String(s.scoreWeights.resonance),
  relevance: String(s.scoreWeights.relevance),
  centrality: String(s.scoreWeights.centrality),
});

const number = (text: string) => Number(text.replace(/[\s\u202f]/g, '').replace(',', '.'));

/** Map settings (name, client, tier thresholds, relation types, score weights) and the UI language. */
export function SettingsDialog({
  settings,
  onClose,
}: {
  settings: MapSettings;
  onClose: () => void;
}) {
  const webgl = useAppStore((s) => s.webgl);
  const setWebgl = useAppStore((s) => s.setWebgl);
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const perform = useAppStore((s) => s.perform);
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const field = (key: keyof Draft, label: string, error?: string) => (
    <Field id={`settings-${key}`} label={label} error={error}>
      <input
        id={`settings-${key}`}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </Field>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = MapSettingsPatchSchema.safeParse({
      name: draft.name,
      client: draft.client.trim() || null,
      tierThresholds: {
        micro: number(draft.micro),
        macro: number(draft.macro),
        mega: number(draft.mega),
      },
      relationTypes: draft.relationTypes
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      scoreWeights: {
        reach: number(draft.reach),
        resonance: number(draft.resonance),
        relevance: number(draft.relevance),
        centrality: number(draft.centrality),
      },
    });
    if (!parsed.success) {
      // Nested paths (tierThresholds.macro) are shown on the group's first field.
      const byPath: Record<string, string> = {};
      for (const issue of parsed.error.issues)
        byPath[issue.path.map(String).join('.')] ??= issue.message;
      return setErrors({ ...errorsByField(parsed.error), ...byPath });
    }
    const outcome = await perform('settings:update', parsed.data);
    if (!outcome.ok)
      return setErrors({ [outcome.error.field ?? 'name']: formatError(outcome.error, locale) });
    onClose();
  };

  return (
    <div
      className="dialog-backdrop"
      role="presentation"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="settings-title"
        onSubmit={(e) => void submit(e)}
        data-testid="settings-dialog"
      >
        <h2 id="settings-title">{t('settings.title')}</h2>
        {field('name', t('settings.name'), errors.name)}
        {field('client', t('settings.client'), errors.client)}
        <fieldset>
          <legend>{t('settings.tiers')}</legend>
          <div className="three-columns">
            {field('micro', t('tier.micro'), errors['tierThresholds.micro'])}
            {field(
              'macro',
              t('tier.macro'),
              errors['tierThresholds.macro'] ?? errors.tierThresholds,
            )}
            {field('mega', t('tier.mega'), errors['tierThresholds.mega'])}
          </div>
        </fieldset>
        {field('relationTypes', t('settings.relationTypes'), errors.relationTypes)}
        <fieldset>
          <legend>{t('settings.weights')}</legend>
          <div className="two-columns">
            {field('reach', t('actor.reach'), errors['scoreWeights.reach'])}
            {field('resonance', t('actor.resonance'), errors['scoreWeights.resonance'])}
            {field('relevance', t('settings.relevance'), errors['scoreWeights.relevance'])}
            {field('centrality', t('settings.centrality'), errors['scoreWeights.centrality'])}
          </div>
        </fieldset>
        <div className="field">
          <span className="field-label">{t('language.label')}</span>
          <LanguageSwitcher />
        </div>
        <label className="checkbox" title={t('settings.webglHint')}>
          <input
            type="checkbox"
            checked={webgl}
            onChange={(e) => setWebgl(e.target.checked)}
            data-testid="webgl-toggle"
          />
          {t('settings.webgl')}
        </label>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
