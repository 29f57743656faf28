import type { MouseEvent, RefObject } from 'react';
import type { FieldIds } from './report-field';

type Props = { ids: FieldIds; anchorRef: RefObject<HTMLDivElement | null> };

/**
 * What to fix, listed at the top where focus goes after a refused send. Each item links to its
 * field and puts the cursor there; one with nothing to focus (the anti-spam check) is plain text.
 */
export function ReportErrorSummary({ ids, anchorRef }: Props) {
  const errorList = Object.entries(ids.errors).filter((e): e is [string, string] => Boolean(e[1]));
  const focusField = (event: MouseEvent<HTMLAnchorElement>, controlId: string) => {
    const control = document.getElementById(controlId);
    if (!control) return;
    event.preventDefault();
    control.focus();
    control.scrollIntoView({ block: 'center' });
  };
  return (
    <div ref={anchorRef} tabIndex={-1} className="report-form__summary-anchor">
      {errorList.length > 0 && (
        <div className="report-errors" role="alert">
          <h2>There is a problem with the report</h2>
          <ul>
            {errorList.map(([name, message]) => {
              const controlId = `${ids.id}-${name}`;
              return (
                <li key={name}>
                  {name === 'form' || name === 'altcha' ? (
                    message
                  ) : (
                    <a href={`#${controlId}`} onClick={(event) => focusField(event, controlId)}>
                      {message}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
