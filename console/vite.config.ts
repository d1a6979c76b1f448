/**
 * The console's build: React + TypeScript, bundled by Vite into
 * dist/console/, which the Gatehouse server serves under /console/. Nothing
 * is loaded from elsewhere at run time (no CDN), nothing is inlined into the
 * HTML (the Content-Security-Policy allows no inline script or style), and
 * asset names carry a content hash so they can be cached for good.
 *
 *   npm run build            builds it with the server
 *   npm run console:dev      Vite's dev server, /console/api proxied to a running Gatehouse
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
// GATEHOUSE_CONSOLE_DIR builds elsewhere (the server then serves from there too).
const outDir =
  process.env.GATEHOUSE_CONSOLE_DIR ?? fileURLToPath(new URL("../dist/console", import.meta.url));

export default defineConfig({
  root,
  base: "/console/",
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: "assets",
    // No data: URIs: every asset is a file of its own, under the CSP's 'self'.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: "es2022",
  },
  server: {
    proxy: {
      "/console/api": process.env.GATEHOUSE_URL ?? "http://127.0.0.1:7701",
    },
  },
});
