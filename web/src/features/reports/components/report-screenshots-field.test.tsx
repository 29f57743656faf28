import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScreenshotsField } from './report-screenshots-field';
import { useReportForm } from './use-report-form';

afterEach(cleanup);

const picture = (name: string, type = 'image/jpeg', bytes = 2048) => new File([new Uint8Array(bytes)], name, { type });

/** The screenshots question as the report form wires it. */
function Screenshots() {
  const { files, errors, handleFiles, handleRemoveFile } = useReportForm();
  return (
    <ScreenshotsField ids={{ id: 'r', errors }} files={files} onChange={handleFiles} onRemove={handleRemoveFile} />
  );
}

function renderScreenshots() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <Screenshots />
    </QueryClientProvider>,
  );
  const picker = screen.getByLabelText('Screenshots (optional)');
  return { picker, choose: (...files: File[]) => fireEvent.change(picker, { target: { files } }) };
}

const chosen = () =>
  within(screen.getByRole('list', { name: 'Screenshots chosen' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('choosing screenshots on a phone, one at a time', () => {
  it('adds each choice to the screenshots already chosen, and skips one chosen twice', () => {
    const { choose } = renderScreenshots();
    choose(picture('gps.jpg'));
    choose(picture('map.png', 'image/png'));
    choose(picture('gps.jpg'));
    expect(chosen()).toEqual(['gps.jpg (2 KB)Remove gps.jpg', 'map.png (2 KB)Remove map.png']);
  });

  it('refuses only the HEIC photo, says what to do instead, and keeps the good ones', () => {
    const { choose } = renderScreenshots();
    choose(picture('gps.jpg'));
    choose(picture('IMG_0001.HEIC', 'image/heic'), picture('chat.png', 'image/png'));
    expect(chosen()).toEqual(['gps.jpg (2 KB)Remove gps.jpg', 'chat.png (2 KB)Remove chat.png']);
    expect(screen.getByText(/"IMG_0001.HEIC" is a HEIC photo/).textContent).toMatch(
      /take a screenshot instead, or save it as JPEG or PNG\.$/,
    );
  });

  it('removes one screenshot with its own button and returns focus to the picker', () => {
    const { choose, picker } = renderScreenshots();
    choose(picture('gps.jpg'), picture('map.png', 'image/png'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove gps.jpg' }));
    expect(chosen()).toEqual(['map.png (2 KB)Remove map.png']);
    expect(document.activeElement).toBe(picker);
    fireEvent.click(screen.getByRole('button', { name: 'Remove map.png' }));
    expect(screen.queryByRole('list', { name: 'Screenshots chosen' })).toBeNull();
  });
});
