import { useCallback, useEffect, type FocusEvent } from 'react';
import { formAddressHash, readFormAddress, type FormAddress } from '@/core/form/formAddress';
import type { FieldNavigator } from '@/core/form/createFieldNavigator';
import type { FormModel } from '@/core/form/FormModel';
import { locateField } from '@/core/form/locateField';

const STUDIO_TITLE = 'Catalyst Values Studio';

interface FormAddressInput {
  model: FormModel;
  navigator: FieldNavigator;
  /** The section on screen. */
  active: string | undefined;
  setActive: (id: string) => void;
}

/**
 * Keeps the address and the page title on the place the user is: the section on screen, the field with the
 * focus. The address is replaced, not pushed, so Back leaves the studio instead of replaying every field the
 * user passed; a hash the user types or a link opens the place it names.
 * Returns the focus handler for the form.
 */
export function useFormAddress({ model, navigator, active, setActive }: FormAddressInput): (event: FocusEvent) => void {
  useEffect(() => {
    const openFromHash = () => {
      const address = readFormAddress(window.location.hash);
      if (address?.kind === 'field') navigator.open(address.pointer);
      else if (address?.kind === 'section' && model.sections.some((section) => section.id === address.id)) setActive(address.id);
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [model, navigator, setActive]);

  useEffect(() => {
    const section = model.sections.find((candidate) => candidate.id === active);
    if (!section) return;
    document.title = `${section.title} · ${STUDIO_TITLE}`;
    const here = readFormAddress(window.location.hash);
    const inSection = here?.kind === 'field' ? locateField(model, here.pointer)?.section === section.id : here?.id === section.id;
    if (!inSection) replaceAddress({ kind: 'section', id: section.id });
  }, [model, active]);

  useEffect(() => () => void (document.title = STUDIO_TITLE), []);

  return useCallback((event: FocusEvent) => {
    const pointer = event.target.closest('[data-pointer]')?.getAttribute('data-pointer');
    if (pointer) replaceAddress({ kind: 'field', pointer });
  }, []);
}

function replaceAddress(address: FormAddress): void {
  const hash = formAddressHash(address);
  // A share link still being read at start-up keeps its hash until it is.
  if (window.location.hash === hash || window.location.hash.startsWith('#share=')) return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + hash);
}
