import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the UI and the API run as two processes; the proxy keeps the browser on one
// origin so the UI calls relative /api URLs exactly as in production, where the API serves dist/.
export default defineConfig({
  plugins: [react()],
  server: {
    // PARALLAX_API_URL points the proxy at an API on another port.
    proxy: {
      "/api": {
        target: process.env.PARALLAX_API_URL || "http://127.0.0.1:3000",
        changeOrigin: false,
      },
    },
  },
  build: { outDir: "dist", sourcemap: false, target: "es2022" },
});
