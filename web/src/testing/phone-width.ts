import { readFileSync } from 'node:fs';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

/** The window's width in happy-dom, so the stylesheets' media queries apply as on a phone. */
export const setWindowWidth = (width: number) =>
  (window as unknown as { happyDOM: { setWindowSize: (size: { width: number }) => void } }).happyDOM.setWindowSize({
    width,
  });

/**
 * Vitest hands CSS imports over empty, so the stylesheets (paths absolute or from `dir`) are read as
 * the browser would get them and put in the document for each test; after it, the page is
 * cleaned up and the window is 1024 px wide again. `width`: the width each test starts at.
 */
export function withStylesheets(dir: string, paths: string[], width?: number): void {
  const style = document.createElement('style');
  style.textContent = paths.map((path) => readFileSync(`${dir}/${path}`, 'utf8')).join('\n');
  beforeEach(() => {
    if (width !== undefined) setWindowWidth(width);
    document.head.append(style);
  });
  afterEach(() => {
    cleanup();
    style.remove();
    setWindowWidth(1024);
  });
}
