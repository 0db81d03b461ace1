import { useSyncExternalStore } from 'react';

const query = '(prefers-color-scheme: dark)';

/** One query list for the page: the hook reads it on every render of the editor, and a new one per read is not free. */
let media: MediaQueryList | undefined;
function mediaQuery(): MediaQueryList {
  media ??= window.matchMedia(query);
  return media;
}

function subscribe(onChange: () => void): () => void {
  const list = mediaQuery();
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** Whether the system asks for a dark theme; follows the setting live, as the page's CSS does. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => mediaQuery().matches, () => false);
}
