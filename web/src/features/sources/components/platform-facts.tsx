import type { IngestRunView, PlatformStatus } from '@ou-listening/shared';
import { formatTime, STATE_LABELS } from './format';

/** What a platform has brought in, its source's state, and any rate limit or quota it is under. */
export function PlatformFacts({ platform }: { platform: PlatformStatus }) {
  return (
    <dl className="platform-card__facts">
      {platform.kind === 'demo' ? (
        <>
          <dt>Mentions</dt>
          <dd>posted as the platforms it imitates, each marked Demo</dd>
        </>
      ) : (
        <>
          <dt>Mentions</dt>
          <dd>{platform.mentions.toLocaleString('en-GB')}</dd>
        </>
      )}
      {platform.sources.length > 0 && (
        <>
          <dt>Source</dt>
          <dd>{platform.sources.map((s) => `${s.name}: ${STATE_LABELS[s.state].toLowerCase()}`).join('; ')}</dd>
        </>
      )}
      {platform.retryAt && (
        <>
          <dt>Rate limit</dt>
          <dd>
            waiting until <time dateTime={platform.retryAt}>{formatTime(platform.retryAt)}</time>
          </dd>
        </>
      )}
      {platform.quota && (
        <>
          <dt>Quota</dt>
          <dd>
            <meter
              min={0}
              max={platform.quota.limit}
              value={platform.quota.used}
              aria-label={`${platform.label} quota used`}
            />{' '}
            {platform.quota.used.toLocaleString('en-GB')} of {platform.quota.limit.toLocaleString('en-GB')} units;
            resets <time dateTime={platform.quota.resetsAt}>{formatTime(platform.quota.resetsAt)}</time>
          </dd>
        </>
      )}
    </dl>
  );
}

/** One ingest run in a line: when, how it went, and what it counted. */
export function RunLine({ run }: { run: IngestRunView }) {
  return (
    <li>
      <time dateTime={run.startedAt}>{formatTime(run.startedAt)}</time>{' '}
      <span className={`run-status run-status--${run.status}`}>{run.status.replace('_', ' ')}</span>{' '}
      <span className="muted">
        {run.fetched} fetched · {run.inserted} new · {run.duplicates} duplicate · {run.quarantined} quarantined
      </span>
      {run.error && <span className="error-text"> — {run.error}</span>}
    </li>
  );
}
