import { useEffect, useState } from 'react';
import { copyText } from './copyText';

interface CopyButtonProps {
  text: string;
  /** What is copied, for the accessible name (`Copy ${what}`) where a panel holds many of these. */
  what?: string;
  /** The button's text while nothing has been copied. */
  label?: string;
  className?: string;
}

/** How long "Copied" or "Copy failed" stays before the button reads as before. */
const RESULT_SHOWN_MS = 2000;

/** Copies `text` (over plain http too) and says, in place of its label, whether it did. */
export function CopyButton({ text, what, label = 'Copy', className = 'copy-button' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const reset = setTimeout(() => setState('idle'), RESULT_SHOWN_MS);
    return () => clearTimeout(reset);
  }, [state]);
  return (
    <button type="button" className={className} aria-label={what === undefined ? undefined : `Copy ${what}`} onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
    </button>
  );
}
