// Preloaded (node --require) into every process the benchmark measures: at exit it writes the process's peak
// resident set size (VmHWM, Linux) to the file BENCH_RSS_FILE names.
const fs = require('node:fs');
process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (!file) return;
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  if (match) fs.writeFileSync(file, match[1]);
});
