import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundleReport } from './scripts/bundle-report.ts';
import { precompress } from './scripts/precompress.ts';
import { serverOnlyModules } from './scripts/server-only-modules.ts';

// Pages per module, loaded lazily (ADR 018): routes.tsx imports each module page with import(), and the chunk groups
// below decide where each file goes, highest priority first: libraries; the shell (all that the entry imports
// statically: layout, i18n, start and login pages); code shared by several modules; then the pages of one folder
// under src/web/pages with what only they use, one chunk per module. A group takes a file's imports along unless a
// group before it has them, so a chunk imports only from the groups above it and never from another module.
const PAGE_MODULES: Record<string, RegExp> = {
  org: /src[\\/]web[\\/]pages[\\/](organisations|people|partnerships)[\\/]/,
  reference: /src[\\/]web[\\/]pages[\\/](regions|reference)[\\/]/,
  behovsmelding: /src[\\/]web[\\/]pages[\\/]behovsmelding[\\/]application[\\/]/,
  rounds: /src[\\/]web[\\/]pages[\\/]behovsmelding[\\/]rounds[\\/]/,
  admin: /src[\\/]web[\\/]pages[\\/]admin[\\/]/,
  questionnaire: /src[\\/]web[\\/]pages[\\/]questionnaire[\\/]/,
  forum: /src[\\/]web[\\/]pages[\\/]forum[\\/]/,
  tilsagn: /src[\\/]web[\\/]pages[\\/]tilsagn[\\/]/,
  utbetaling: /src[\\/]web[\\/]pages[\\/]utbetaling[\\/]/,
  arkiv: /src[\\/]web[\\/]pages[\\/]arkiv[\\/]/,
};

// Libraries the shell uses, in chunks of their own so they stay cached across releases. What only module pages use
// (the combobox and its floating-ui and virtual list, say) is not among them but in `vendor`, loaded with a module.
const VENDORS: Record<string, RegExp> = {
  react: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
  designsystemet: /node_modules[\\/](@digdir|@floating-ui|@navikt|@radix-ui|@tanstack|@u-elements|@oddbird|clsx|tabbable|@fontsource)[\\/]/,
  zod: /node_modules[\\/]zod[\\/]/,
};

export default defineConfig({
  plugins: [react(), serverOnlyModules(), bundleReport(), precompress()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // The manifest lets src/web/bundle-size.test.ts follow what the login page loads.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            ...Object.entries(VENDORS).map(([name, test]) => ({ name: `vendor-${name}`, test, tags: ['$initial' as const], priority: 50 })),
            { name: 'vendor', test: /node_modules[\\/]/, priority: 40 },
            { name: 'shell', test: /[\\/]src[\\/]/, tags: ['$initial' as const], priority: 30 },
            { name: 'shared', test: /[\\/]src[\\/](web[\\/](components|forms|hooks|types)|domain[\\/](?!behovsmelding[\\/]))/, priority: 20 },
            { name: 'shared-behovsmelding', test: /[\\/]src[\\/]domain[\\/]behovsmelding[\\/]/, priority: 10 },
            ...Object.entries(PAGE_MODULES).map(([name, test]) => ({ name: `page-${name}`, test })),
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/auth': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
