import { Options } from '../../../components/ui/options';
import { usePlatformOptions } from '../api/get-platform-options';
import { platformLabel } from './format';

type Props = { platform: string | null; onChange: (platform: string | null) => void };

/** The queue's platform filter: the platforms with mentions, and the one in the URL even before they load. */
export function PlatformFilter({ platform, onChange }: Props) {
  const platforms = usePlatformOptions();
  // The platform in the URL stays selectable even before the list arrives or if it has no mentions yet.
  const choices = [
    ...(platforms.data ?? []).map((p) => p.platform),
    ...(platform && !platforms.data?.some((p) => p.platform === platform) ? [platform] : []),
  ];
  return (
    <label>
      Platform
      <select value={platform ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">All platforms</option>
        <Options values={choices} labels={platformLabel} />
      </select>
    </label>
  );
}
