const PARAM = 'chart';

/** `?chart=1.28.0`: the version a link asks for, whether the studio ships it or not; undefined when none. */
export function chartVersionInAddress(search: string): string | undefined {
  const asked = new URLSearchParams(search).get(PARAM);
  return asked === null || asked.trim() === '' ? undefined : asked.trim();
}

/**
 * `?chart=` is read once, at start-up, like a share link's hash: once the studio has opened on that chart it
 * leaves the address, so a reload shows the user's later work (on the chart they switched to, as autosave
 * remembers it) and the share links made here carry no stale version beside their own.
 */
export function forgetChartVersionInAddress(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(PARAM)) return;
  url.searchParams.delete(PARAM);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}
