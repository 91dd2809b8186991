// The character limit of a text input as the user sees it: the browser's maxlength and Designsystemet's counter
// ("120 tegn igjen"), in the UI language. The limit is the server's (the field catalogue's schema), so what the form
// takes is what the server stores.
import { useT } from '../../../i18n/i18n-context.tsx';

export function useCounter(maxLength: number | undefined) {
  const t = useT();
  if (maxLength === undefined) return {};
  return { maxLength, counter: { limit: maxLength, under: t('form.counterUnder'), over: t('form.counterOver') } };
}
