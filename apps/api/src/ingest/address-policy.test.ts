import { describe, expect, it } from "vitest";
import { isBlockedAddress } from "./address-policy.ts";

describe("isBlockedAddress", () => {
  it("blocks loopback, private, link-local, CGNAT, metadata and reserved IPv4", () => {
    for (const address of [
      "127.0.0.1",
      "127.8.9.10",
      "10.0.0.1",
      "172.16.5.4",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "100.127.255.254",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "198.18.0.1",
    ]) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
  });

  it("blocks IPv6 loopback, unique-local, link-local, and IPv4 hidden in IPv6", () => {
    for (const address of [
      "::1",
      "[::1]",
      "::",
      "fd00:ec2::254",
      "fc00::1",
      "fe80::1%eth0",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:a9fe:a9fe",
      "64:ff9b::a9fe:a9fe",
      "2002:0a00:0001::1",
      "2001:db8::1",
      // IPv4-mapped even for a public address, IPv4-translated, local-use NAT64, Teredo
      "::ffff:8.8.8.8",
      "::ffff:0:808:808",
      "64:ff9b:1::808:808",
      "64:ff9b:1:ffff::1",
      "2001:0:4136:e378:8000:63bf:3fff:fdd2",
      "2001::1",
    ]) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
  });

  it("allows public addresses in both families", () => {
    for (const address of [
      "93.184.216.34",
      "8.8.8.8",
      "100.128.0.1",
      "172.32.0.1",
      "2606:4700:4700::1111",
      "2002:0808:0808::1",
      "64:ff9b::808:808",
      "2001:4860:4860::8888",
    ]) {
      expect(isBlockedAddress(address), address).toBe(false);
    }
  });

  it("blocks anything that is not an IP address", () => {
    expect(isBlockedAddress("example.com")).toBe(true);
    expect(isBlockedAddress("")).toBe(true);
  });
});
