import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The pages are served by Commissioning.Api from its web root (wwwroot, ignored by git), which the Api's
// MSBuild target fills by running this build. Everything the pages load comes from there: no CDN at run time.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../Commissioning.Api/wwwroot'),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is several MB however it is split; only the IDE page loads it.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's modules start with React Compiler directives ("use no memo") that bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        ide: resolve(import.meta.dirname, 'ide.html'),
        dashboard: resolve(import.meta.dirname, 'dashboard.html'),
        report: resolve(import.meta.dirname, 'committee-report.html'),
      },
    },
  },
  worker: { format: 'es' },
});
