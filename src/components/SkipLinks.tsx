interface SkipLink {
  label: string;
  /** The id of the region to jump into. */
  target: string;
}

const FOCUSABLE = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex="0"]';

/**
 * Links that take keyboard users past the header and the section list (dozens of Tab stops) or past the
 * editor, which keeps Tab for indenting. Hidden until focused, first in the page's Tab order. A jump focuses
 * the first control in the region, else the region itself, and leaves the address alone.
 */
export function SkipLinks({ links }: { links: readonly SkipLink[] }) {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {links.map((link) => (
        <a
          key={link.target}
          href={`#${link.target}`}
          className="skip-links__link"
          onClick={(event) => {
            event.preventDefault();
            const region = document.getElementById(link.target);
            if (!region) return;
            const control = region.querySelector<HTMLElement>(FOCUSABLE);
            if (control) control.focus();
            else {
              region.tabIndex = -1;
              region.focus();
            }
            (control ?? region).scrollIntoView({ block: 'nearest' });
          }}
        >
          {link.label}
        </a>
      ))}
    </nav>
  );
}
