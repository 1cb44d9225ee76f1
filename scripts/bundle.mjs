// Bundles the two entry points with ncc: the Action (dist/index.js, action.yml `main`) and the CLI
// (dist/cli/index.js, package.json `bin`), so a clean checkout runs either with no build step. ncc compiles
// with tsconfig.json, which covers src/ only; the tests are type-checked with tsconfig.test.json.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const entries = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];
for (const [entry, out] of entries) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
}
chmodSync(path.join(root, 'dist', 'cli', 'index.js'), 0o755);
