/**
 * Milliseconds of CPU this process spent running `fn`. Timed tests measure CPU rather than the clock: on a
 * shared CI machine other processes stretch the wall-clock time of the same work several times over (a
 * load of 9 on 2 cores made 20 ms of work take 100 to 170 ms), while its CPU time stays within a few percent.
 */
export function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}
