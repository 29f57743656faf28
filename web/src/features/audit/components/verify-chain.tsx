import { formatUkTime } from '../../../lib/uk-time';
import { useVerifyAudit } from '../api/verify-audit';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Card } from '../../../components/ui/card';
import { Button } from '../../../components/ui/button';

/** Runs the same check as `npm run audit:verify` on the server and shows its answer. */
export function VerifyChain() {
  const verify = useVerifyAudit();
  const result = verify.data;
  return (
    <Card id="verify-title" title="Is the log intact?">
      <p className="muted">
        Checks every row&apos;s keyed hash and that the chain still reaches the last signed checkpoint, then signs a new
        checkpoint.
      </p>
      <Button onClick={() => verify.mutate()} disabled={verify.isPending}>
        {verify.isPending ? 'Verifying…' : 'Verify chain'}
      </Button>
      {verify.isError && <ErrorAlert>Could not run the check: {verify.error.message}</ErrorAlert>}
      {result && (
        <p className={`alert ${result.ok ? 'alert--info' : 'alert--error'}`} role={result.ok ? 'status' : 'alert'}>
          <strong>{result.ok ? 'Intact.' : 'Broken.'}</strong> {result.message} (checked{' '}
          {formatUkTime(result.checkedAt)})
        </p>
      )}
    </Card>
  );
}
