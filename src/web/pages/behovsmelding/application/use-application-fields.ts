// The form's fields with autosave and co-editing (docs/behovsmelding-api.md): the application's field store
// (application-field-store.ts: the questionnaire engine's field store around its pure reducer) as React state. While a page
// of the application is open the store polls for others' changes; leaving the browser tab with unsaved changes asks
// first, so a local edit is never lost silently.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Application } from '../../../types/behovsmelding.ts';
import { emptyFields, hasUnsaved, type FieldEntry, type FieldsState } from '../../../forms/co-editing/fields-reducer.ts';
import type { FieldStoreSnapshot } from '../../../forms/co-editing/field-store.ts';
import { fieldStoreFor } from './application-field-store.ts';

export type ApplicationFields = {
  /** The application's saved fields are in (render the form only then). */
  loaded: boolean;
  state: FieldsState;
  /** key → the value the form shows. */
  values: Readonly<Record<string, unknown>>;
  entry: (key: string) => FieldEntry | undefined;
  /** A local edit: saved after the pause. */
  setValue: (key: string, value: unknown) => void;
  /** The user left the field: save now. */
  commit: (key: string) => void;
  keepMine: (key: string) => void;
  takeTheirs: (key: string) => void;
  /** Saves all that is dirty and waits (before submitting). */
  flushAll: () => Promise<void>;
  /** The store's state right now (after an await, this render's `state` may be behind). */
  current: () => FieldStoreSnapshot;
};

const emptySnapshot: FieldStoreSnapshot = { state: emptyFields, values: {}, loaded: false };
const noStore = { subscribe: () => () => {}, getSnapshot: () => emptySnapshot };

export function useApplicationFields(application: Application | undefined): ApplicationFields {
  const id = application?.id ?? null;
  const store = useMemo(() => (id ? fieldStoreFor(id) : null), [id]);
  const source = store ?? noStore;
  const snapshot = useSyncExternalStore(source.subscribe, source.getSnapshot);

  useEffect(() => {
    if (store && application) store.absorb(application);
  }, [store, application]);

  useEffect(() => store?.attach(), [store]);

  useEffect(() => {
    if (!store) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasUnsaved(store.getSnapshot().state)) return;
      void store.flushAll();
      event.preventDefault();
      event.returnValue = ''; // older browsers need it set to ask
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);

  return useMemo<ApplicationFields>(
    () => ({
      loaded: snapshot.loaded,
      state: snapshot.state,
      values: snapshot.values,
      entry: (key) => snapshot.state.fields[key],
      setValue: (key, value) => store?.edit(key, value),
      commit: (key) => store?.commit(key),
      keepMine: (key) => store?.keepMine(key),
      takeTheirs: (key) => store?.takeTheirs(key),
      flushAll: () => store?.flushAll() ?? Promise.resolve(),
      current: () => store?.getSnapshot() ?? emptySnapshot,
    }),
    [snapshot, store],
  );
}
