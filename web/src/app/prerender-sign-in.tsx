import { QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { SignInRoute } from './routes/sign-in';

/**
 * The sign-in page as the app first renders it (nobody signed in yet), as HTML for
 * web/dist/sign-in.html: run at build time only, never part of the bundle the browser loads.
 */
export function renderSignInPage(): string {
  return renderToStaticMarkup(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter initialEntries={['/sign-in']}>
        <SignInRoute prerendered />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
