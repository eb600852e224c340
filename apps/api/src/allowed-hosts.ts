import { isIP } from "node:net";
import { hostname, networkInterfaces } from "node:os";

const WILDCARDS = new Set(["0.0.0.0", "::"]);

/** Lowercase, without IPv6 brackets, as URL.hostname gives it (brackets removed). */
export const normalizeHost = (host: string) =>
  host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");

/** True for addresses only this machine can reach: localhost, 127.0.0.0/8, ::1. */
export function isLoopback(host: string): boolean {
  const bare = normalizeHost(host);
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  return bare === "::1";
}

/**
 * The Host names requests may carry. Given: that list (`*`: any). Default: the loopback names
 * and the listen address; on a wildcard listen address, also this machine's own addresses and
 * name. A DNS-rebinding page arrives under its attacker's domain name and is refused.
 */
export function allowedHosts(configured: string | undefined, listenHost: string): string[] | null {
  if (configured === "*") return null;
  if (configured) return configured.split(",").map(normalizeHost).filter(Boolean);
  const hosts = new Set(["localhost", "127.0.0.1", "::1", normalizeHost(listenHost)]);
  if (WILDCARDS.has(normalizeHost(listenHost))) {
    hosts.delete(normalizeHost(listenHost));
    hosts.add(hostname().toLowerCase());
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) hosts.add(normalizeHost(address.address));
    }
  }
  return [...hosts];
}
