import type { ApiHandlers } from '../../../shared/api/contract';
import { exportData } from '../../io/exportData';
import type { HandlerContext } from './context';

/**
 * The map as a data file, for the window to save (desktop) or download (browser), and the
 * mentions' share of voice.
 */
export function exportHandlers({
  requireSession,
}: HandlerContext): Pick<ApiHandlers, 'export:data' | 'mention:summary'> {
  return {
    'mention:summary': () => requireSession().repos.mentions.summary(),
    'export:data': async ({ format }) => ({
      base64: Buffer.from(await exportData(requireSession().handle.db, format)).toString('base64'),
    }),
  };
}
