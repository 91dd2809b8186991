// What every part of the form reads: the application, its fields (with autosave), the live validation and
// whether it can be edited. Provided by ApplicationFrame (application-frame.tsx) around each page of the form.
import { createContext, useContext } from 'react';
import type { TApplicationValidation } from '../../../../domain/behovsmelding/validate-application.ts';
import type { Application } from '../../../types/behovsmelding.ts';
import type { ApplicationFields } from './use-application-fields.ts';

export type ApplicationForm = {
  application: Application;
  fields: ApplicationFields;
  /** validateApplication over the values the form shows, recomputed as the user types. */
  validation: TApplicationValidation;
  /** The actor may edit now (edit rights, status utkast/returnert); otherwise every page shows text. */
  editable: boolean;
  /** Whether "må fylles ut" is shown at this field (it has been touched, or the user came to fix errors). */
  showRequired: (key: string) => boolean;
  touch: (key: string) => void;
  /** Loads the application again (after upload, submit …). */
  reload: () => void;
};

export const ApplicationFormContext = createContext<ApplicationForm | null>(null);

export function useApplicationForm(): ApplicationForm {
  const value = useContext(ApplicationFormContext);
  if (!value) throw new Error('useApplicationForm must be used inside <ApplicationFrame>');
  return value;
}
