import { useState, useSyncExternalStore } from 'react';
import type { Chart } from '@/core/chart/createChart';
import type { ValuesCheck } from '@/core/validate/checkValuesText';
import { Memo } from '@/core/memo/Memo';
import { isDeepEqual } from '@/core/values/isDeepEqual';
import { checkedValuesOf, type Checked } from './checkedValues';
import { useSessionStore } from './sessionStore';

const noSubscription = () => () => {};

/**
 * One slice of the latest judgement of the values (see CheckedValues: a keystroke's paint does not wait for
 * it); the component re-renders only when the slice changes (by ===). Without a chart there is no judgement.
 */
export function useChecked<T>(chart: Chart | undefined, select: (checked: Checked) => T): T | undefined {
  const store = useSessionStore();
  const checked = chart ? checkedValuesOf(store, chart) : undefined;
  return useSyncExternalStore(checked?.subscribe ?? noSubscription, () => (checked ? select(checked.getSnapshot()) : undefined));
}

/** As useChecked, keeping the previous slice while the new one is deep-equal (a list of pointers, say). */
export function useStableChecked<T>(chart: Chart, select: (checked: Checked) => T): T {
  const [selected] = useState(() => new Memo<T>(isDeepEqual));
  return useChecked(chart, (checked) => selected.get([checked, select], () => select(checked))) as T;
}

/** The latest judgement of the values, shared by every caller (it is computed once per change). */
export function useValuesCheck(chart: Chart): ValuesCheck {
  return useChecked(chart, (checked) => checked.check) as ValuesCheck;
}
