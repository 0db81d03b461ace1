import { parentPointer } from '@/core/pointer/jsonPointer';

const FOCUSABLE = 'input:not([type="file"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

/**
 * How long a jump keeps its field in view while the page settles around it. Groups off screen are laid out
 * only when scrolled near (`content-visibility: auto`), so the groups the scroll passes take their real
 * height a frame or two later and push the field away again.
 */
const SETTLE_FRAMES = 90;
/** Frames in a row the field must sit still inside the view before the jump is done. */
const STILL_FRAMES = 4;

let stopSettling: (() => void) | undefined;

/**
 * Scrolls to a value's field and focuses its control: the one named by the pointer, else the first in the
 * field's control area (lists, maps), else anything focusable in it. A field that is not on screen (its
 * condition does not hold) gives way to its nearest ancestor that is, which usually holds the setting that
 * governs it. Collapsed groups around the field open first.
 */
export function focusField(pointer: string): void {
  let at = pointer;
  for (;;) {
    const element = document.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(at)}"]`);
    if (element) {
      openEnclosingGroups(element);
      const control =
        element.querySelector<HTMLElement>(`[name="${CSS.escape(at)}"]`) ??
        element.querySelector<HTMLElement>(`.field__control :is(${FOCUSABLE})`) ??
        element.querySelector<HTMLElement>(FOCUSABLE);
      (control ?? element).focus({ preventScroll: true });
      keepInView(control ?? element);
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

/** A field inside a closed `<details>` has no box to scroll to: open every one around it. */
function openEnclosingGroups(element: HTMLElement): void {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) node.open = true;
  }
}

/**
 * Centres the element, then re-centres it each frame it has left the view until it has stayed put. Stops at
 * once when the user scrolls, clicks or types: from then on where the page is is theirs.
 */
function keepInView(target: HTMLElement): void {
  stopSettling?.();
  let frame = 0;
  let still = 0;
  let lastTop = Number.NaN;
  let request = 0;
  const userMoved = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    cancelAnimationFrame(request);
    for (const type of userMoved) window.removeEventListener(type, stop, true);
    if (stopSettling === stop) stopSettling = undefined;
  };
  const step = () => {
    frame += 1;
    const rect = target.getBoundingClientRect();
    const inView = rect.top >= 0 && rect.bottom <= window.innerHeight;
    if (!inView) target.scrollIntoView({ block: 'center' });
    still = inView && rect.top === lastTop ? still + 1 : 0;
    lastTop = rect.top;
    if (still >= STILL_FRAMES || frame >= SETTLE_FRAMES) stop();
    else request = requestAnimationFrame(step);
  };
  for (const type of userMoved) window.addEventListener(type, stop, { capture: true, passive: true });
  stopSettling = stop;
  target.scrollIntoView({ block: 'center' });
  request = requestAnimationFrame(step);
}
