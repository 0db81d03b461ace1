import { useEffect } from 'react';
import type { Chart } from '@/core/chart/createChart';
import { sessionReducer } from '@/core/session/sessionReducer';
import { selectValuesCheck } from '@/core/session/selectValuesCheck';
import { useSessionStore, type SessionStore } from '@/state/sessionStore';
import { whenIdle } from '@/state/later';

/** A field is prepared when the page is idle, or this long after it took focus at the latest. */
const WARM_UP_WITHIN_MS = 2000;

/**
 * Prepares the edit path of the field the user is about to type in. When a form field takes focus (a
 * click, Tab, or a `#/pointer` link that opens it), one throwaway edit of that field runs through the
 * reducer and the checks once the page is idle: the code for that part of the values (the YAML edit, the
 * chart functions of its subtree, its formats) then runs for the first time there rather than on the
 * user's first keystroke. Nothing is dispatched; the result is dropped. Each field is prepared once.
 * A form field is known by its `name`, the JSON Pointer of its value (`/gateway/tls/existingSecret`).
 */
export function useWarmEditPath(chart: Chart): void {
  const store = useSessionStore();
  useEffect(() => {
    const prepared = new Set<string>();
    let pending: (() => void) | undefined;

    const prepare = (target: EventTarget | null) => {
      const edit = typingEditOf(target);
      if (!edit || prepared.has(edit.pointer)) return;
      // Only the latest field waits; one left before its turn is prepared when it takes focus again.
      pending?.();
      pending = whenIdle(() => {
        pending = undefined;
        prepared.add(edit.pointer);
        warm(store, chart, edit.pointer, edit.value);
      }, WARM_UP_WITHIN_MS);
    };
    const onFocusIn = (event: FocusEvent) => prepare(event.target);
    document.addEventListener('focusin', onFocusIn);
    // A field already focused before the chart arrived (a deep link opened it) is prepared too.
    prepare(document.activeElement);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      pending?.();
    };
  }, [chart, store]);
}

/** The value a first keystroke would give a text or number field of the form; undefined for anything else. */
function typingEditOf(target: EventTarget | null): { pointer: string; value: string | number } | undefined {
  if (!(target instanceof HTMLInputElement) || !target.name.startsWith('/')) return undefined;
  // Number fields are text inputs with a numeric keyboard.
  if (target.type === 'number' || target.inputMode === 'numeric' || target.inputMode === 'decimal') {
    return { pointer: target.name, value: (Number(target.value) || 0) + 1 };
  }
  if (target.type === 'text' || target.type === 'password') return { pointer: target.name, value: `${target.value}a` };
  return undefined;
}

function warm(store: SessionStore, chart: Chart, pointer: string, value: string | number): void {
  const session = store.getState();
  if (!session.textParses) return;
  selectValuesCheck(sessionReducer(session, { type: 'valueSet', pointer, value }), chart);
  // Leave the memo holding the real session's check, as the page asks for it next.
  selectValuesCheck(store.getState(), chart);
}
