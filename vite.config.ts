import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so that dist/ works from any sub-path of a static server.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
