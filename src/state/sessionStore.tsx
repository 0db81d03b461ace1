import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { createStore, type Store } from './createStore';
import { sessionReducer, type Session, type SessionAction } from '@/core/session/sessionReducer';

export type SessionStore = Store<Session, SessionAction>;

const SessionContext = createContext<SessionStore | null>(null);

export function createSessionStore(initial: Session): SessionStore {
  return createStore(sessionReducer, initial);
}

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

/** The store itself, for subscribers that act on changes without rendering them (autosave). */
export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSession needs a <SessionProvider> above it');
  return store;
}

/** Subscribe to one slice: a component re-renders only when what it selects changes (by ===). */
export function useSession<T>(select: (session: Session) => T): T {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useDispatch(): (action: SessionAction) => void {
  return useSessionStore().dispatch;
}
