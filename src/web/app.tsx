// The app: language and session for everything, then the router.
import { RouterProvider, createBrowserRouter } from 'react-router';
import { I18nProvider } from './i18n/i18n-context.tsx';
import { routes } from './routes.tsx';
import { SessionProvider } from './session/session-context.tsx';

const router = createBrowserRouter(routes);

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nProvider>
  );
}
