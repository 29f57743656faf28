import { lazy, Suspense } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { QueueGlance } from '../../features/landing/components/queue-glance';

// The queue keeps its own chunk: the start page of other roles never loads it.
const QueueRoute = lazy(async () => ({ default: (await import('./queue')).QueueRoute }));

/**
 * Where each role starts (issue 19 §5): comms on the queue with its counts, discipline officers on
 * their cases, managers on trends, admins on the system's health.
 */
export function LandingRoute() {
  const me = useMe();
  switch (me.data?.role) {
    case 'comms':
      return (
        <>
          <QueueGlance />
          <Suspense fallback={<p className="loading">Loading the queue…</p>}>
            <QueueRoute />
          </Suspense>
        </>
      );
    case 'discipline':
      return <Navigate to="/escalations" replace />;
    case 'manager':
      return <Navigate to="/trends" replace />;
    case 'admin':
      return <Navigate to="/admin/health" replace />;
    case undefined:
      return <p className="loading">Loading…</p>;
  }
}
