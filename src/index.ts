import { run } from './action/main.js';
import { wroteThroughStream } from './action/runner.js';

await run();
// Everything is written by now: the runner's commands and files synchronously, every request awaited. Exiting here
// skips tearing down the heap, ~9 ms of a ~100 ms start-up with nothing to check (bench/run.mjs, start-up); the exit
// code is the one run() set. Commands that went through process.stdout instead are left to drain on their own.
if (!wroteThroughStream()) process.exit();
