import { useId, useMemo, useState } from 'react';
import { dottedPath } from '@/core/pointer/jsonPointer';
import { joinTokenSourceOf } from '@/core/install/joinTokenSource';
import { encodeShare } from '@/core/share/encodeShare';
import { shareUrl } from '@/core/share/shareUrl';
import { copyText } from '@/components/copyText';
import { chartRefText } from '@/core/chart/ChartRef';
import { useSession } from '@/state/sessionStore';

interface SharePanelProps {
  isSecret: (pointer: string) => boolean;
  /** The studio's own address, without a hash. */
  baseUrl: string;
}

/**
 * A link that opens the current changes in another studio. The values ride in the #hash, which
 * browsers never send to a server; secrets stay out unless the user explicitly asks.
 */
export function SharePanel({ isSecret, baseUrl }: SharePanelProps) {
  const chartRef = useSession((s) => s.chartRef);
  const textParses = useSession((s) => s.textParses);
  const joinToken = useSession((s) => joinTokenSourceOf(s.userValues, s.joinTokenSource));
  // While the text does not parse, the last version that did.
  const edited = useSession((s) => (s.textParses ? s.text : s.document.toString()));
  const environment = useSession((s) => s.environment);
  const baseText = useSession((s) => s.baseText);
  const layers = useSession((s) => s.overlays);
  // A workspace travels whole: the base and every environment's overlay, the edited one as it last parsed.
  const text = environment === undefined ? edited : baseText;
  const overlays = useMemo(() => layers.map((layer) => (layer.name === environment ? { ...layer, text: edited } : layer)), [layers, environment, edited]);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const linkId = useId();
  const withoutSecrets = useMemo(() => encodeShare({ chartRef, text, joinToken, overlays }, { includeSecrets: false, isSecret }), [chartRef, text, joinToken, overlays, isSecret]);
  const shared = useMemo(
    () => (includeSecrets ? encodeShare({ chartRef, text, joinToken, overlays }, { includeSecrets: true, isSecret }) : withoutSecrets),
    [includeSecrets, withoutSecrets, chartRef, text, joinToken, overlays, isSecret],
  );
  // The text shared is one that parsed, so its secrets were found: a failure here would be a bug.
  if (!shared.ok || !withoutSecrets.ok) {
    return <p role="alert">{overlays.length > 0 ? 'A file of the workspace has YAML errors, so its secrets cannot be told apart: fix it to share the workspace.' : 'This text cannot be shared.'}</p>;
  }
  const url = shareUrl(baseUrl, shared.payload);
  const secrets = withoutSecrets.omitted;

  return (
    <div className="share-panel">
      {!textParses && <p className="share-panel__note">The text has YAML errors: the link carries the last version that parsed.</p>}
      {secrets.length > 0 ? (
        <div className="share-panel__omitted">
          <p>{includeSecrets ? 'These secrets are in the link:' : 'Left out of the link because they are secrets:'}</p>
          <ul aria-label="Secrets left out">
            {secrets.map((pointer) => (
              <li key={pointer}>
                <code>{secretLabel(pointer)}</code>
              </li>
            ))}
          </ul>
          <label className="share-panel__include">
            <input type="checkbox" checked={includeSecrets} onChange={(event) => setIncludeSecrets(event.target.checked)} />
            Include secrets in the link
          </label>
          {includeSecrets && (
            <p className="share-panel__warning" role="alert">
              Anyone who sees this link can read these secrets: chat tools, tickets and browser histories keep links.
            </p>
          )}
        </div>
      ) : (
        <p className="share-panel__note">The values hold no secrets: the link carries the file as you wrote it.</p>
      )}
      <label htmlFor={linkId}>Share link</label>
      <textarea id={linkId} className="share-panel__link" readOnly rows={4} value={url} onFocus={(event) => event.target.select()} />
      <p className="share-panel__note">
        Chart {chartRefText(chartRef)} · {url.length.toLocaleString('en')} characters · the values are in the part after #, which is never sent to a server.
      </p>
      <div className="dialog-actions">
        {copied && (
          <span role="status" className="copy-status">
            {copied}
          </span>
        )}
        <button
          type="button"
          className="button-primary"
          onClick={async () => setCopied((await copyText(url)) ? 'Link copied.' : 'The browser did not allow copying: select the link and copy it.')}
        >
          Copy link
        </button>
      </div>
    </div>
  );
}

/** A secret left out of an environment's overlay is named with its environment (`prod-eu:/join_token`). */
function secretLabel(omitted: string): string {
  const at = omitted.indexOf(':/');
  return at === -1 ? dottedPath(omitted) : `${dottedPath(omitted.slice(at + 1))} (${omitted.slice(0, at)})`;
}
