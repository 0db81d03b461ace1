import { parentPointer } from '@/core/pointer/jsonPointer';

const FOCUSABLE = 'input:not([type="file"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

/**
 * Scrolls to a value's field and focuses its control: the one named by the pointer, else the first in the
 * field's control area (lists, maps), else anything focusable in it. A field that is not on screen (its
 * condition does not hold) gives way to its nearest ancestor that is, which usually holds the setting that
 * governs it.
 */
export function focusField(pointer: string): void {
  let at = pointer;
  for (;;) {
    const element = document.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(at)}"]`);
    if (element) {
      const control =
        element.querySelector<HTMLElement>(`[name="${CSS.escape(at)}"]`) ??
        element.querySelector<HTMLElement>(`.field__control :is(${FOCUSABLE})`) ??
        element.querySelector<HTMLElement>(FOCUSABLE);
      element.scrollIntoView({ block: 'center' });
      (control ?? element).focus({ preventScroll: true });
      element.classList.remove('field--target');
      // Restart the highlight even when the same field is opened twice in a row.
      void element.offsetWidth;
      element.classList.add('field--target');
      return;
    }
    if (at === '') return;
    at = parentPointer(at);
  }
}
