import { REPORT_LIMITS } from '@ou-listening/shared';
import { type ChangeEvent, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import { controlProps, type FieldIds, ReportField } from './report-field';
import { ACCEPTED, MB } from './report-validation';

const sizeOf = (bytes: number) => (bytes < MB / 10 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / MB).toFixed(1)} MB`);

type ScreenshotProps = {
  ids: FieldIds;
  files: File[];
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onRemove: (file: File) => void;
};

/** The optional screenshots, added one or several at a time, each listed with its size and a way to remove it. */
export function ScreenshotsField({ ids, files, onChange, onRemove }: ScreenshotProps) {
  const input = useRef<HTMLInputElement>(null);
  const hint = (
    <>
      Up to {REPORT_LIMITS.screenshotsMax} pictures (PNG, JPEG or WebP), at most {REPORT_LIMITS.screenshotBytesMax / MB}{' '}
      MB each; add them one at a time if you like. We remove location and camera details from them.
    </>
  );
  // The button goes with its file: focus returns to the picker rather than being lost.
  const handleRemove = (file: File) => {
    onRemove(file);
    input.current?.focus();
  };
  return (
    <ReportField ids={ids} name="screenshots" label="Screenshots (optional)" hint={hint}>
      <input
        ref={input}
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
              <span>
                {f.name} <span className="report-field__hint">({sizeOf(f.size)})</span>
              </span>
              <Button className="report-files__remove" onClick={() => handleRemove(f)}>
                Remove<span className="visually-hidden"> {f.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </ReportField>
  );
}
