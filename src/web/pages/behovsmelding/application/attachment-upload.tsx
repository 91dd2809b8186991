// Upload of one attachment (multipart POST). The server decides what is allowed; its refusal (file type, size) is
// shown at the file input in its own words.
import { Button, Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api.ts';
import { uploadAttachment } from '../../../clients/behovsmelding.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import type { Attachment } from '../../../types/behovsmelding.ts';

export function AttachmentUpload({ applicationId, onUploaded }: { applicationId: string; onUploaded: (a: Attachment) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t('bm.attachments.chooseFile'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const attachment = await uploadAttachment(applicationId, file);
      if (input.current) input.current.value = '';
      onUploaded(attachment);
    } catch (e) {
      const failure = e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', null);
      setError(failure.userMessage ?? t(failure.status === 413 ? 'bm.attachments.tooLarge' : failure.code === 'NETWORK' ? 'error.network' : 'error.unknown'));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('bm.attachments.uploadLabel')} className="kl-form kl-block">
      <Field>
        <Label htmlFor="bm-attachment-file">{t('bm.attachments.file')}</Label>
        <Field.Description>{t('bm.attachments.help')}</Field.Description>
        <input id="bm-attachment-file" name="file" type="file" ref={input} className="bm-file" aria-invalid={error ? true : undefined} />
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
      <div>
        <Button type="submit" loading={busy} aria-disabled={busy || undefined}>
          {t('bm.attachments.upload')}
        </Button>
      </div>
    </form>
  );
}
