import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the UI and the API run as two processes; the proxy keeps the browser on one
// origin so the UI calls relative /api URLs exactly as in production, where the API serves dist/.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
  build: { outDir: "dist", sourcemap: false, target: "es2022" },
});
