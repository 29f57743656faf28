import { createBrowserRouter } from 'react-router-dom';
import { AppShell } from './app-shell';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';

export const routes = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <OverviewRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
