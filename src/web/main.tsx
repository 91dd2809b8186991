import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
// Inter, the theme's font, bundled and served from our own origin (the CSP allows no font CDN). Latin and
// Latin Extended cover Norwegian and the Sámi letters (á č đ ŋ š ŧ ž).
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-ext-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-ext-600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
