// Vite build of the web app: `npm run build:web` writes dist/web/ at the project root, which Fastify serves.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The gemeente map (d3-geo) and the charts (Observable Plot) are split off by React.lazy and dynamic import.
    chunkSizeWarningLimit: 400,
  },
  server: {
    // `npm run dev:web` next to `npm start`: the API comes from the Fastify process.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
