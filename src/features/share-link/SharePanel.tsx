import { useId, useMemo, useState } from 'react';
import { parsePointer } from '@/core/pointer/jsonPointer';
import { encodeShare } from '@/core/share/encodeShare';
import { shareUrl } from '@/core/share/shareUrl';
import type { ChartValidator } from '@/core/validate/createChartValidator';
import { minimalValues } from '@/core/values/minimalValues';
import { useSession } from '@/state/sessionStore';

interface SharePanelProps {
  validator: ChartValidator;
  isSecret: (pointer: string) => boolean;
  /** The studio's own address, without a hash. */
  baseUrl: string;
}

/**
 * A link that opens the current changes in another studio. The values ride in the #hash, which
 * browsers never send to a server; secrets stay out unless the user explicitly asks.
 */
export function SharePanel({ validator, isSecret, baseUrl }: SharePanelProps) {
  const chartVersion = useSession((s) => s.chartVersion);
  const userValues = useSession((s) => s.userValues);
  const textParses = useSession((s) => s.textParses);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const linkId = useId();
  const withoutSecrets = useMemo(
    () => encodeShare({ chartVersion, values: minimalValues(userValues, validator.defaults) }, { includeSecrets: false, isSecret }),
    [chartVersion, userValues, validator, isSecret],
  );
  const shared = useMemo(
    () => (includeSecrets ? encodeShare({ chartVersion, values: minimalValues(userValues, validator.defaults) }, { includeSecrets: true, isSecret }) : withoutSecrets),
    [includeSecrets, withoutSecrets, chartVersion, userValues, validator, isSecret],
  );
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
                <code>{parsePointer(pointer).join('.')}</code>
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
        <p className="share-panel__note">The values hold no secrets: the link carries all of your changes.</p>
      )}
      <label htmlFor={linkId}>Share link</label>
      <textarea id={linkId} className="share-panel__link" readOnly rows={4} value={url} onFocus={(event) => event.target.select()} />
      <p className="share-panel__note">
        Chart {chartVersion} · {url.length.toLocaleString('en')} characters · the values are in the part after #, which is never sent to a server.
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
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied('Link copied.');
            } catch {
              setCopied('The browser did not allow copying: select the link and copy it.');
            }
          }}
        >
          Copy link
        </button>
      </div>
    </div>
  );
}
