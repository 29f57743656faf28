import { REPORT_LIMITS } from '@ou-listening/shared';
import type { ChangeEvent } from 'react';
import { controlProps, type FieldIds, ReportField } from './report-field';
import { ACCEPTED, MB } from './report-validation';

const sizeOf = (bytes: number) => (bytes < MB / 10 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / MB).toFixed(1)} MB`);

type ScreenshotProps = { ids: FieldIds; files: File[]; onChange: (event: ChangeEvent<HTMLInputElement>) => void };

/** The optional screenshots, each listed with its size once chosen. */
export function ScreenshotsField({ ids, files, onChange }: ScreenshotProps) {
  const hint = (
    <>
      Up to {REPORT_LIMITS.screenshotsMax} pictures (PNG, JPEG or WebP), at most {REPORT_LIMITS.screenshotBytesMax / MB}{' '}
      MB each. We remove location and camera details from them.
    </>
  );
  return (
    <ReportField ids={ids} name="screenshots" label="Screenshots (optional)" hint={hint}>
      <input
        type="file"
        accept={ACCEPTED.join(',')}
        multiple
        onChange={onChange}
        {...controlProps(ids, 'screenshots', true)}
      />
      {files.length > 0 && (
        <ul className="report-files" aria-label="Screenshots chosen">
          {files.map((f) => (
            <li key={`${f.name}-${f.size}`}>
              {f.name} <span className="report-field__hint">({sizeOf(f.size)})</span>
            </li>
          ))}
        </ul>
      )}
    </ReportField>
  );
}
