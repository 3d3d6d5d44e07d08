// What the figures were measured on, and how busy the machine was with other work.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';

/** @typedef {{ busy: number, total: number, own: number }} CpuSnapshot jiffies: all cores, and this process tree */

/**
 * Busy and total jiffies of all cores, from /proc/stat.
 * @returns {{ busy: number, total: number }}
 */
function machineTimes() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total };
}

/**
 * CPU jiffies used so far by this process and its descendants (the browser, its GPU process, renderers),
 * counting children that already ended.
 */
function ownTimes() {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {Map<number, number>} */
  const used = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      const [ppid = 0, utime = 0, stime = 0, cutime = 0, cstime = 0] = [1, 11, 12, 13, 14].map(
        (i) => fields[i] ?? 0,
      );
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      used.set(Number(entry), utime + stime + cutime + cstime);
    } catch {
      // The process ended while we looked.
    }
  }
  let own = 0;
  const queue = [process.pid];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    own += used.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return own;
}

/**
 * The machine's and this process tree's CPU time so far; null where /proc is missing (not Linux).
 * @returns {CpuSnapshot | null}
 */
export function cpuSnapshot() {
  try {
    return { ...machineTimes(), own: ownTimes() };
  } catch {
    return null;
  }
}

/**
 * The share of all cores (0–1) that processes other than the bench's own used between two snapshots. Above
 * ~0.2 the figures measured meanwhile are unreliable: something else competed for the 2 cores.
 * @param {CpuSnapshot | null} before
 * @param {CpuSnapshot | null} after
 * @returns {number | null}
 */
export function otherLoad(before, after) {
  if (!before || !after || after.total <= before.total) return null;
  const other = after.busy - before.busy - (after.own - before.own);
  return Math.min(1, Math.max(0, other / (after.total - before.total)));
}

/**
 * The share of all cores other processes use over the next `ms`.
 * @param {number} ms
 */
export async function busyShare(ms) {
  const before = cpuSnapshot();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return otherLoad(before, cpuSnapshot());
}

/**
 * The output of a command, or null when it fails.
 * @param {string} command
 * @param {string[]} args
 */
function tryCommand(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The machine, the browser and the code measured.
 * @param {string} browserVersion
 */
export function describeMachine(browserVersion) {
  const status = tryCommand('git', ['status', '--porcelain']);
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browserVersion,
    loadAverage1m: loadavg()[0],
    commit: tryCommand('git', ['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: status === null ? null : status.length > 0,
  };
}
