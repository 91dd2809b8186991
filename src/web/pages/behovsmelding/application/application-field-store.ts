// The behovsmelding's co-editing store: the questionnaire engine's field store (questionnaire/field-store.ts) on the
// behovsmelding's routes. One store per application, kept while the app runs, so moving between the form's step pages
// keeps unsaved edits and their timers.
import { behovsmeldingApi } from '../../../clients/behovsmelding.ts';
import { FieldStore, isPageVisible } from '../../../forms/co-editing/field-store.ts';

const stores = new Map<string, FieldStore>();

/** The one store of an application in this browser tab. */
export function fieldStoreFor(applicationId: string): FieldStore {
  let store = stores.get(applicationId);
  if (!store) {
    store = new FieldStore({
      saveField: (key, value, baseVersion) => behovsmeldingApi.saveField({ params: { id: applicationId, key }, body: { value, baseVersion } }),
      fetchChanges: (since) => behovsmeldingApi.listFieldChanges({ params: { id: applicationId }, query: { since } }),
      isActive: isPageVisible,
    });
    stores.set(applicationId, store);
  }
  return store;
}
