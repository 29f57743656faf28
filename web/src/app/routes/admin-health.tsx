import { Page } from '../../components/ui/page';
import { useSystemHealth } from '../../features/health/api/get-system-health';
import { SystemHealthPanels } from '../../features/health/components/system-health';
import { ErrorAlert } from '../../components/ui/error-alert';

/** The admin's landing page (issue 19 §5): sources' last runs, the classifier in use, users. */
export function AdminHealthRoute() {
  const health = useSystemHealth();
  return (
    <Page title="System health">
      {health.isPending && <p className="loading">Loading the system's state…</p>}
      {health.isError && <ErrorAlert>Could not load the system's state: {health.error.message}</ErrorAlert>}
      {health.data && <SystemHealthPanels health={health.data} />}
    </Page>
  );
}
