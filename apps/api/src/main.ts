import type { AddressInfo } from "node:net";
import { createHttpServer } from "./http-server.ts";
import { loadConfigOrExit } from "./load-config-or-exit.ts";
import { createLogger } from "./logger.ts";
import { openParallax } from "./server.ts";

async function main() {
  const config = loadConfigOrExit("parallax");
  const logger = createLogger(config.logLevel);
  for (const warning of config.warnings) process.stderr.write(`parallax: warning: ${warning}\n`);
  const parallax = await openParallax(config, logger);
  const server = createHttpServer(parallax.app.fetch, logger);
  server.listen(config.port, config.host, () => {
    const info = server.address() as AddressInfo;
    const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
    process.stdout.write(`Parallax running at http://${host}:${info.port}\n`);
  });
  server.on("error", (error) => {
    logger.error("server failed", { error: error.message });
    process.exit(1);
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info("shutting down", { signal });
    server.close(() => {
      parallax.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
    // Open keep-alive connections must not hold the exit forever.
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `parallax: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
