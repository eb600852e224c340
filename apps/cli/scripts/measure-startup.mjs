// Measures how long `parallax --help` takes from process start to exit, as a user runs it: the
// median (and min/max) of N runs, next to a bare `node -e ""` on the same machine in the same run,
// and the old start-up (TypeScript source through tsx) when tsx is installed in the workspace.
// Usage: node scripts/measure-startup.mjs [RUNS]   (default 15, at most 100). Build first.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Math.min(100, Math.max(1, Number(process.argv[2] ?? 15) || 15));
if (!existsSync(join(root, "dist/main.mjs"))) {
  console.error("measure-startup: build the CLI first (pnpm --filter @parallax/cli build)");
  process.exit(1);
}

function tsxLoader() {
  // tsx is no dependency of the CLI any more; the aligner keeps it for its scripts.
  try {
    const require = createRequire(join(root, "../../packages/aligner/package.json"));
    return pathToFileURL(require.resolve("tsx/esm")).href;
  } catch {
    return null;
  }
}

const cases = [
  { name: 'node -e ""', args: ["-e", ""] },
  { name: "parallax --help (built)", args: [join(root, "bin/parallax.mjs"), "--help"] },
];
const tsx = tsxLoader();
if (tsx) {
  const source = pathToFileURL(join(root, "src/main.ts")).href;
  cases.push({
    name: "parallax --help (source via tsx, before)",
    args: [
      "--import",
      tsx,
      "--input-type=module",
      "-e",
      `const { main } = await import(${JSON.stringify(source)}); process.exitCode = await main(["--help"]);`,
    ],
  });
}

// CPU time (user + system) barely depends on how busy the machine is, wall time does: with GNU
// time installed, each run reports both.
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

function once(args) {
  const started = process.hrtime.bigint();
  const [command, argv] = TIME
    ? [TIME, ["-f", "cpu %U %S", process.execPath, ...args]]
    : [process.execPath, args];
  const result = spawnSync(command, argv, { stdio: ["ignore", "pipe", "pipe"], timeout: 30_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0)
    throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(String(result.stderr));
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

console.log(`start-up, ${runs} runs each (interleaved), node ${process.version}`);
const samples = cases.map(() => []);
for (const c of cases) once(c.args); // warm the file cache
for (let i = 0; i < runs; i += 1) {
  cases.forEach((c, j) => {
    samples[j].push(once(c.args));
  });
}
// On a busy machine node itself starts slowly; the column over it is what the command adds.
const bare = median(samples[0].map((s) => s.ms));
console.log(
  "| command | median wall ms | min ms | max ms | wall over bare node ms | median CPU ms |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
cases.forEach((c, j) => {
  const t = samples[j].map((s) => s.ms);
  const cpu = samples[j].flatMap((s) => (s.cpuMs === null ? [] : [s.cpuMs]));
  const over = j === 0 ? "—" : (median(t) - bare).toFixed(0);
  console.log(
    `| ${c.name} | ${median(t).toFixed(0)} | ${Math.min(...t).toFixed(0)} | ${Math.max(...t).toFixed(0)} | ${over} | ${cpu.length ? median(cpu).toFixed(0) : "—"} |`,
  );
});
