// The live region for status messages. It is rendered on every page (empty when there is nothing to say),
// because a live region that appears together with its text is often not announced.
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { formatTime } from '../i18n/format.ts';
import { useStatus } from './status-context.tsx';

export function StatusRegion() {
  const { status } = useStatus();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="kl-status">
      {status && (
        <Alert data-color="success" key={status.at}>
          <Paragraph>
            {status.text} <span className="kl-muted">{formatTime(new Date(status.at))}</span>
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}
