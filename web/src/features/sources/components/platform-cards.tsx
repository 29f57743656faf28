import type { PlatformStatus } from '@ou-listening/shared';
import { PlatformFacts, RunLine } from './platform-facts';

type Props = { platforms: PlatformStatus[] };

/** Every platform at a glance: can it be polled, what is missing, and how its last runs went. */
export function PlatformCards({ platforms }: Props) {
  return (
    <div className="platform-grid">
      {platforms.map((platform) => (
        <PlatformCard key={platform.kind} platform={platform} />
      ))}
    </div>
  );
}

function stateOf(platform: PlatformStatus): { label: string; tone: 'good' | 'bad' | 'pending' | 'muted' } {
  if (platform.kind === 'demo' && !platform.configured) return { label: 'Off (DEMO=off)', tone: 'muted' };
  if (!platform.supported) return { label: 'Not available in this version', tone: 'muted' };
  if (!platform.configured) return { label: 'Not configured', tone: 'bad' };
  if (platform.retryAt) return { label: 'Rate-limited', tone: 'pending' };
  return { label: 'Configured', tone: 'good' };
}

function PlatformCard({ platform }: { platform: PlatformStatus }) {
  const headingId = `platform-${platform.kind}`;
  const state = stateOf(platform);
  return (
    <article className="card platform-card" aria-labelledby={headingId}>
      <header className="platform-card__header">
        <h3 id={headingId}>{platform.label}</h3>
        <span className={`badge badge--${state.tone}`}>{state.label}</span>
      </header>

      {platform.supported && !platform.configured && platform.missing.length > 0 && (
        <p className="platform-card__missing">
          Missing: {platform.missingOneOf && 'one of '}
          {platform.missing.map((name, i) => [i > 0 && ', ', <code key={name}>{name}</code>])}
        </p>
      )}
      {platform.settings.length > 0 && (
        <ul className="platform-card__settings" aria-label={`${platform.label} variables`}>
          {platform.settings.map((setting) => (
            <li key={setting.name}>
              <code>{setting.name}</code>{' '}
              <span className={setting.set ? 'good-text' : 'muted'}>{setting.set ? 'set' : 'not set'}</span>
              {!setting.required && <span className="muted"> (optional)</span>}
              {setting.secret && <span className="muted"> · secret, kept in the environment</span>}
            </li>
          ))}
        </ul>
      )}

      <PlatformFacts platform={platform} />

      {platform.recentRuns.length === 0 ? (
        <p className="muted">No runs yet.</p>
      ) : (
        <ol className="platform-card__runs" aria-label={`${platform.label} recent runs`}>
          {platform.recentRuns.map((run) => (
            <RunLine key={run.id} run={run} />
          ))}
        </ol>
      )}
    </article>
  );
}
