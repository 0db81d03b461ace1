import { defaultChartVersion, isShippedChartVersion } from '@/core/schema/chartCatalog';
import type { SessionAction } from '@/core/session/sessionReducer';
import type { SessionStore } from '@/state/sessionStore';

/** The chart the studio opens on before anything is restored: the address's `?chart=` if shipped, else the newest. */
export function initialChartVersion(addressVersion: string | undefined): string {
  return addressVersion !== undefined && isShippedChartVersion(addressVersion) ? addressVersion : defaultChartVersion;
}

/**
 * Which chart the studio opens on: a share link's version, then `?chart=` in the address, then the
 * autosaved session's, then the newest. A share link sets its own version when it is opened; this store
 * sees to the rest by correcting the restored session's version. A saved session on a brought chart
 * (read only into the page it was brought in) comes back on a shipped one, its text unchanged.
 */
export function withChartVersionPrecedence(store: SessionStore, addressVersion: string | undefined): SessionStore {
  const asked = addressVersion !== undefined && isShippedChartVersion(addressVersion) ? addressVersion : undefined;
  const correct = (action: SessionAction): SessionAction => {
    if (action.type !== 'sessionRestored') return action;
    const chartVersion = asked ?? (isShippedChartVersion(action.chartVersion) ? action.chartVersion : defaultChartVersion);
    return chartVersion === action.chartVersion ? action : { ...action, chartVersion };
  };
  return { ...store, dispatch: (action) => store.dispatch(correct(action)) };
}
