import { useId } from 'react';
import { CopyButton } from './CopyButton';
import { downloadText } from './downloadText';
import './copyableText.css';

interface CopyableTextProps {
  /** What the text is (a command's purpose, a file's path): shown above it and naming its buttons. */
  label: string;
  text: string;
  /** A heading names the block as a region of its own (one file of several); otherwise the label is plain text. */
  heading?: boolean;
  /** The file name a Download button saves the text as; no button without one. */
  downloadAs?: string;
  note?: string;
  className?: string;
}

/** A text the user takes away as it is (a command, a generated file), with Copy and, for a file, Download. */
export function CopyableText({ label, text, heading = false, downloadAs, note, className }: CopyableTextProps) {
  const headingId = useId();
  const textClass = className ? `command__text ${className}` : 'command__text';
  const head = (
    <div className="command__head">
      {heading ? (
        <h3 id={headingId} className="command__label command__label--file">
          {label}
        </h3>
      ) : (
        <span className="command__label">{label}</span>
      )}
      <span className="command__actions">
        <CopyButton text={text} what={label} />
        {downloadAs !== undefined && (
          <button type="button" className="copy-button" aria-label={`Download ${label}`} onClick={() => downloadText(downloadAs, text)}>
            Download
          </button>
        )}
      </span>
    </div>
  );
  const body = (
    <>
      {head}
      {note && <p className="command-group__note">{note}</p>}
      <pre className={textClass}>{text}</pre>
    </>
  );
  return heading ? (
    <section className="command" aria-labelledby={headingId}>
      {body}
    </section>
  ) : (
    <div className="command">{body}</div>
  );
}
