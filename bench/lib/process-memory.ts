import fs from 'node:fs'

function children(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
  } catch {
    return []
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

function treeSum(pid: number, each: (pid: number) => number): number {
  let total = 0
  const queue = [pid]
  for (let i = 0; i < queue.length && i < 256; i++) {
    total += each(queue[i]!)
    queue.push(...children(queue[i]!))
  }
  return total
}

/** Resident memory of a process and all its descendants (`next start` serves from a child process). */
export function treeRssBytes(pid: number): number {
  return treeSum(pid, rssBytes)
}

function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime, in clock ticks (100 per second on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return 0
  }
}

/** CPU time (user + system, all threads) a process and its descendants have used so far. */
export function treeCpuSeconds(pid: number): number {
  return treeSum(pid, cpuSeconds)
}

/** Samples a process tree's memory every `everyMs` until stopped; returns the peak and last values in MiB. */
export function sampleMemory(pid: number, everyMs = 250): { stop: () => { peakMiB: number; lastMiB: number } } {
  let peak = 0
  let last = 0
  const timer = setInterval(() => {
    last = treeRssBytes(pid)
    peak = Math.max(peak, last)
  }, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      last = treeRssBytes(pid) || last
      peak = Math.max(peak, last)
      return { peakMiB: Math.round(peak / 1048576), lastMiB: Math.round(last / 1048576) }
    },
  }
}
