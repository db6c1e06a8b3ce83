import { z } from 'zod';
import type { Locale } from '../../shared/domain/vocabulary';

/** Field errors from the shared zod schemas speak the UI language too. */
export function applyValidationLocale(locale: Locale): void {
  z.config(locale === 'fr' ? z.locales.fr() : z.locales.en());
}

/** The first message per top-level field of a failed validation: `{ name: 'Too short' }`. */
export function errorsByField(error: z.ZodError): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    byField[field] ??= issue.message;
  }
  return byField;
}
