import { REPORT_LIMITS, REPORTED_PLATFORM_LABELS, REPORTED_PLATFORMS } from '@ou-listening/shared';
import { useState } from 'react';
import { controlProps, type FieldIds, ReportField } from './report-field';
import { ukToday } from './report-validation';
import { Options } from '../../../components/ui/options';

type Props = { ids: FieldIds };

/** What happened, where, when and who: the report itself. */
export function IncidentFields({ ids }: Props) {
  const [description, setDescription] = useState('');
  return (
    <>
      <ReportField
        ids={ids}
        name="description"
        label="What happened?"
        hint={`Describe what was posted or sent, and why it worries you. Up to ${REPORT_LIMITS.descriptionMax} characters.`}
      >
        <textarea
          rows={6}
          required
          maxLength={REPORT_LIMITS.descriptionMax}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          {...controlProps(ids, 'description', true)}
        />
        <p className="report-field__count" aria-live="polite">
          {description.length} of {REPORT_LIMITS.descriptionMax} characters
        </p>
      </ReportField>

      <ReportField ids={ids} name="platform" label="Where did it happen?">
        <select required defaultValue="" {...controlProps(ids, 'platform')}>
          <option value="" disabled>
            Choose…
          </option>
          <Options values={REPORTED_PLATFORMS} labels={REPORTED_PLATFORM_LABELS} />
        </select>
      </ReportField>

      <ReportField
        ids={ids}
        name="link"
        label="Link to the post or group (optional)"
        hint="Only if there is one; messages in private chats usually have none."
      >
        <input
          type="url"
          inputMode="url"
          maxLength={REPORT_LIMITS.linkMax}
          placeholder="https://"
          {...controlProps(ids, 'link', true)}
        />
      </ReportField>

      <ReportField ids={ids} name="happenedAt" label="When did it happen?">
        <input type="date" required max={ukToday()} {...controlProps(ids, 'happenedAt')} />
      </ReportField>

      <ReportField
        ids={ids}
        name="involved"
        label="Who is involved? (optional)"
        hint="Names, usernames or groups, if you know them."
      >
        <input type="text" maxLength={REPORT_LIMITS.involvedMax} {...controlProps(ids, 'involved', true)} />
      </ReportField>
    </>
  );
}
