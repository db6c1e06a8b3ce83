import type { ApiHandlers } from '../../../shared/api/contract';
import { exportData } from '../../io/exportData';
import type { HandlerContext } from './context';

/** The map as a data file, for the window to save (desktop) or download (browser). */
export function exportHandlers({
  requireSession,
}: HandlerContext): Pick<ApiHandlers, 'export:data'> {
  return {
    'export:data': async ({ format }) => ({
      base64: Buffer.from(await exportData(requireSession().handle.db, format)).toString('base64'),
    }),
  };
}
