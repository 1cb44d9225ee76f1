// npm run bench: the targets of the performance issue, measured side by side in one run, as ratios.
// Ours and the peers (ajv-cli, @stoplight/spectral-cli: pinned devDependencies, nothing installed at run time) run
// alternately; each figure is the median of several runs. Prints a markdown table and writes bench/RESULTS.md.
// Progress goes to stderr. Options: --runs N (default 5), --only NAME[,NAME] (startup, ajv, spectral, memory, logos,
// adversarial, switches).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adversarialFiles, generateCorpus } from './corpus.mjs';
import { SWITCHES } from './switches.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string' } } });
const RUNS = Math.max(1, Number(values.runs));
const only = values.only ? new Set(values.only.split(',')) : undefined;
const work = path.join(os.tmpdir(), 'lp-app-manifest-check-bench');
mkdirSync(work, { recursive: true });

const cli = path.join(root, 'dist/cli/index.js');
const action = path.join(root, 'dist/index.js');
const ajvCli = path.join(root, 'node_modules/ajv-cli/dist/index.js');
const spectralCli = path.join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js');
const schema = path.join(root, 'schemas/manifest.schema.json');
const rssPreload = path.join(root, 'bench/rss.cjs');

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs `node args…` once: wall time (ms, spawn to exit), peak RSS (MB, unless `rss: false`: the preload that reads it
 * costs ~5 ms, which start-up ratios must not include) and exit code.
 */
function measure(args, { cwd, env = {}, expect = [0, 1], rss: withRss = true } = {}) {
  const rssFile = path.join(work, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, withRss ? ['--require', rssPreload, ...args] : args, {
      cwd,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        BENCH_RSS_FILE: rssFile,
        SCARF_ANALYTICS: 'false',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rss = NaN;
      try {
        rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
        rmSync(rssFile);
      } catch {
        /* the process did not reach its exit handler */
      }
      if (!expect.includes(code)) reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, rss, code });
    });
  });
}

/** Runs each contender RUNS times, alternating, and returns the medians by name. */
async function race(label, contenders, runs = RUNS) {
  const samples = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let run = 0; run < runs; run++) {
    // The order flips every run: whoever goes second finds the files in the page cache the first one filled.
    const order = Object.entries(contenders);
    if (run % 2 === 1) order.reverse();
    for (const [name, start] of order) {
      samples[name].push(await start());
    }
    log(`${label}: run ${run + 1}/${runs}`);
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [
      name,
      { ms: median(runs.map((r) => r.ms)), rss: median(runs.map((r) => r.rss)), code: runs[0].code },
    ]),
  );
}

/** The environment the runner gives the Action (dist/index.js) on a push, with these inputs over the defaults. */
function actionEnv(workspace, inputs) {
  const temp = mkdtempSync(path.join(work, 'runner-'));
  writeFileSync(path.join(temp, 'output'), '');
  writeFileSync(path.join(temp, 'summary'), '');
  const all = {
    paths: '.',
    exclude: '',
    policy: '',
    'policy-from': 'base',
    'fail-on': 'error',
    comment: 'auto',
    annotations: 'true',
    'only-changed': 'false',
    offline: 'false',
    'allow-private-network': 'false',
    'sarif-file': '',
    token: '',
    ...inputs,
  };
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/apps',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(all).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

const rows = [];
const row = (target, measured, ratio, goal, ok) => rows.push({ target, measured, ratio, goal, ok });
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const want = (name) => !only || only.has(name);

if (want('ajv') || want('memory')) {
  log('generating 10,000 manifests');
  const corpus = generateCorpus(path.join(work, 'corpus-10000'), 10_000);
  if (want('ajv')) {
    const ajvRun = (cwd) => () =>
      measure(
        [
          ajvCli,
          'validate',
          '-s',
          schema,
          '-d',
          'apps/**/*.{json,yaml}',
          '--spec=draft7',
          '--all-errors',
          '--strict=false',
          '--errors=line',
        ],
        { cwd },
      );
    const oursRun = (cwd) => () =>
      measure([cli, '--offline', '--format', 'json', '--output', path.join(work, 'report.json')], { cwd });
    const plain = generateCorpus(path.join(work, 'corpus-10000-plain'), 10_000, { git: false });
    for (const [where, dir, goal] of [
      ['in a git repository', corpus, 1.0],
      ['on a plain directory tree (no git: walked)', plain, 1.2],
    ]) {
      const m = await race(`10,000 manifests ${where}: ours vs ajv-cli`, {
        ours: oursRun(dir),
        'ajv-cli': ajvRun(dir),
      });
      if (m['ajv-cli'].code !== 1) throw new Error('ajv-cli found no invalid manifest: the comparison means nothing');
      const ratio = m.ours.ms / m['ajv-cli'].ms;
      row(
        `10,000 manifests ${where}, full recommended policy, JSON report vs \`ajv-cli validate\` (schema only)`,
        `ours ${fmt(m.ours.ms)}, ajv-cli ${fmt(m['ajv-cli'].ms)}`,
        `${ratio.toFixed(2)}×`,
        `≤ ${goal.toFixed(1)}×`,
        ratio <= goal,
      );
      if (dir === corpus && want('memory'))
        row('Peak RSS at 10,000 manifests', `${m.ours.rss.toFixed(0)} MB`, '', '≤ 300 MB', m.ours.rss <= 300);
    }
  } else {
    const m = await race('10,000 manifests: memory', {
      ours: () =>
        measure([cli, '--offline', '--format', 'json', '--output', path.join(work, 'report.json')], { cwd: corpus }),
    });
    row('Peak RSS at 10,000 manifests', `${m.ours.rss.toFixed(0)} MB`, '', '≤ 300 MB', m.ours.rss <= 300);
  }
}

if (want('spectral')) {
  log('generating 1,000 manifests');
  const corpus = generateCorpus(path.join(work, 'corpus-1000'), 1_000);
  const ruleset = path.join(work, 'spectral-ruleset.json');
  writeFileSync(
    ruleset,
    JSON.stringify({
      rules: {
        'manifest-schema': {
          given: '$',
          severity: 'error',
          then: { function: 'schema', functionOptions: { schema: JSON.parse(readFileSync(schema, 'utf8')) } },
        },
      },
    }),
  );
  // Spectral takes ~45 s for 1,000 manifests here: at most 3 runs of it.
  const m = await race(
    '1,000 manifests: ours vs spectral',
    {
      ours: () =>
        measure([cli, '--offline', '--format', 'json', '--output', path.join(work, 'report-1000.json')], {
          cwd: corpus,
        }),
      spectral: () =>
        measure(
          [
            spectralCli,
            'lint',
            'apps/**/*.{json,yaml}',
            '--ruleset',
            ruleset,
            '--format',
            'json',
            '--output',
            path.join(work, 'spectral.json'),
            '--quiet',
          ],
          {
            cwd: corpus,
            expect: [0, 1],
          },
        ),
    },
    Math.min(RUNS, 3),
  );
  // Both must have judged the same files invalid, or the comparison means nothing.
  const ours = JSON.parse(readFileSync(path.join(work, 'report-1000.json'), 'utf8'));
  const theirs = JSON.parse(readFileSync(path.join(work, 'spectral.json'), 'utf8'));
  const oursInvalid = new Set(ours.findings.filter((f) => f.ruleId === 'schema').map((f) => f.file)).size;
  const theirsInvalid = new Set(theirs.map((r) => r.source)).size;
  if (oursInvalid !== theirsInvalid || oursInvalid === 0)
    throw new Error(`spectral found ${theirsInvalid} invalid manifests, we found ${oursInvalid}`);
  const speedup = m.spectral.ms / m.ours.ms;
  row(
    '1,000 manifests vs `spectral lint` with the schema as one rule',
    `ours ${fmt(m.ours.ms)}, spectral ${fmt(m.spectral.ms)}`,
    `${speedup.toFixed(1)}× faster`,
    '≥ 20× faster',
    speedup >= 20,
  );
}

if (want('startup')) {
  // The CLI's start-up counts: a pre-commit hook runs it on every commit. (The Action's does not: a job takes seconds
  // to start, so its start-up target is retired.)
  const workspace = mkdtempSync(path.join(work, 'empty-'));
  await new Promise((resolve) => spawn('git', ['init', '-q'], { cwd: workspace }).on('exit', resolve));
  // For context, the least any ESM entry point must do with nothing to check: list the files git knows, write a file.
  const floor = path.join(work, 'floor.mjs');
  writeFileSync(
    floor,
    "import { execFile } from 'node:child_process';\n" +
      "execFile('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], (e, out) => process.stdout.write(out));\n",
  );
  // Each run is ~0.1 s and the machine's noise is several ms: three times the runs of the other targets.
  const m = await race(
    'start-up: the CLI with nothing to check vs node -e ""',
    {
      bare: () => measure(['-e', ''], { cwd: workspace, expect: [0], rss: false }),
      floor: () => measure([floor], { cwd: workspace, expect: [0], rss: false }),
      cli: () => measure([cli, '--offline', '--allow-empty'], { cwd: workspace, expect: [0], rss: false }),
    },
    RUNS * 3,
  );
  const ratio = m.cli.ms / m.bare.ms;
  row(
    "Start-up of the CLI (`dist/cli/index.js --offline --allow-empty`) with nothing to check vs a bare `node -e ''`",
    `ours ${fmt(m.cli.ms)}, bare ${fmt(m.bare.ms)} (median of ${RUNS * 3}; an ESM file that only runs git ls-files: ${fmt(m.floor.ms)}, ${(m.floor.ms / m.bare.ms).toFixed(2)}×)`,
    `${ratio.toFixed(2)}×`,
    '≤ 2×',
    ratio <= 2,
  );
}

if (want('logos')) {
  const COUNT = 200;
  const DELAY = 50;
  const png = readFileSync(path.join(root, 'test/fixtures/images/logo-70.png'));
  const tls = (name) => readFileSync(path.join(root, 'test/fixtures/tls', name));
  let first = Infinity;
  let last = 0;
  const server = https.createServer({ key: tls('server.key'), cert: tls('server.crt') }, (request, response) => {
    first = Math.min(first, performance.now());
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length });
      response.end(png, () => (last = Math.max(last, performance.now())));
    }, DELAY);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://localhost:${server.address().port}`;
  const corpus = generateCorpus(path.join(work, `corpus-logos-${server.address().port}`), COUNT, {
    valid: true,
    logoOrigin: origin,
  });
  // The loopback server stands for a public logo host: uri-public-host would report its name on every manifest.
  mkdirSync(path.join(corpus, '.github'), { recursive: true });
  writeFileSync(
    path.join(corpus, '.github/lp-app-policy.yml'),
    'extends: recommended\nrules:\n  uri-public-host: off\n',
  );
  const spans = [];
  const walls = [];
  for (let run = 0; run < RUNS; run++) {
    first = Infinity;
    last = 0;
    const r = await measure(
      [cli, '--allow-private-network', '--format', 'json', '--output', path.join(work, 'report-logos.json')],
      {
        cwd: corpus,
        env: { NODE_EXTRA_CA_CERTS: path.join(root, 'test/fixtures/tls/ca.crt') },
        expect: [0],
      },
    );
    const report = JSON.parse(readFileSync(path.join(work, 'report-logos.json'), 'utf8'));
    if (report.findings.length > 0) throw new Error(`logo run had findings: ${JSON.stringify(report.findings[0])}`);
    spans.push(last - first);
    walls.push(r.ms);
    log(`logos: run ${run + 1}/${RUNS}`);
  }
  server.close();
  rmSync(corpus, { recursive: true, force: true });
  const concurrency = 8;
  const ideal = DELAY * Math.ceil(COUNT / concurrency);
  const span = median(spans);
  row(
    `${COUNT} distinct logo URLs, loopback HTTPS answering after ${DELAY} ms (concurrency ${concurrency}): first request to last response`,
    `${fmt(span)} (whole run ${fmt(median(walls))}); ideal ${fmt(ideal)}`,
    `${(span / ideal).toFixed(2)}×`,
    '≤ 1.2×',
    span / ideal <= 1.2,
  );
}

if (want('adversarial')) {
  // Issue 14 §3: a file under the 1 MiB limit built for findings (an unknown key per ~9 bytes, each a finding with a
  // position) must not stall CI. The headline is the JSON report; every other format and the Action's path (annotations,
  // job summary, SARIF file) are measured on the same file, since each reads every finding.
  const dir = adversarialFiles(path.join(work, 'adversarial'));
  for (const file of ['adversarial.json', 'adversarial.yaml']) {
    const cliRun = (format) => () =>
      measure(
        [cli, '--offline', '--format', format, '--output', path.join(work, `adversarial-report.${format}`), file],
        {
          cwd: dir,
          expect: [1],
        },
      );
    const m = await race(`${file}: every format and the Action`, {
      json: cliRun('json'),
      text: cliRun('text'),
      sarif: cliRun('sarif'),
      markdown: cliRun('markdown'),
      github: cliRun('github'),
      action: () =>
        measure([action], {
          cwd: dir,
          env: actionEnv(dir, { paths: file, offline: 'true', comment: 'never', 'sarif-file': 'adversarial.sarif' }),
          expect: [1],
        }),
    });
    // Every key but client_name is unknown; the report lists at most 1,000 of one rule in one file and counts the rest.
    const text = readFileSync(path.join(dir, file), 'utf8');
    const findings = (file.endsWith('.json') ? Object.keys(JSON.parse(text)).length : text.split('\n').length - 1) - 1;
    const others = Object.entries(m)
      .filter(([name]) => name !== 'json')
      .map(([name, r]) => `${name} ${fmt(r.ms)}`)
      .join(', ');
    row(
      `1 MiB ${file.endsWith('.json') ? 'JSON' : 'YAML'} manifest of ${findings.toLocaleString('en')} unknown keys, JSON report (other formats and the Action in brackets)`,
      `${fmt(m.json.ms)} (${others}; peak RSS ${m.json.rss.toFixed(0)} MB)`,
      `${(m.json.ms / 1000).toFixed(2)} s`,
      '< 1 s',
      m.json.ms < 1000,
    );
  }
}

if (want('switches')) {
  const corpus = generateCorpus(path.join(work, 'corpus-10000'), 10_000);
  const adversarial = adversarialFiles(path.join(work, 'adversarial'));
  const one = generateCorpus(path.join(work, 'corpus-1'), 1);
  const report = ['--offline', '--format', 'json', '--output', path.join(work, 'report-switch.json')];
  const run = (on, env) => () => {
    if (on === 'one manifest') return measure([cli, ...report], { cwd: one, env });
    return on
      ? measure([cli, ...report, on], { cwd: adversarial, env, expect: [1] })
      : measure([cli, ...report], { cwd: corpus, env });
  };
  for (const [name, described] of Object.entries(SWITCHES)) {
    const { what, on } = typeof described === 'string' ? { what: described, on: undefined } : described;
    const m = await race(
      `switch ${name}`,
      { on: run(on, {}), off: run(on, { LP_APP_MANIFEST_CHECK_WITHOUT: name }) },
      RUNS * 2,
    );
    const gain = 1 - m.on.ms / m.off.ms;
    row(
      `\`${name}\`: ${what}${on ? ` (on ${on})` : ''}`,
      `with ${fmt(m.on.ms)}, without ${fmt(m.off.ms)} (median of ${RUNS * 2} paired)`,
      `${(gain * 100).toFixed(1)}% gain`,
      '≥ 3%',
      gain >= 0.03,
    );
  }
}

const table = [
  '| target | measured (median of ' + RUNS + ') | ratio | goal | met |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.target} | ${r.measured} | ${r.ratio} | ${r.goal} | ${r.ok ? 'yes' : '**no**'} |`),
].join('\n');
const cpus = os.cpus();
const header = `# Benchmark results\n\n\`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${os.platform()}.\n\n`;
console.log(table);
// The notes under the table (what each measurement means, one-off measurements) are kept from the last RESULTS.md.
const resultsFile = path.join(root, 'bench/RESULTS.md');
let notes = '';
try {
  const previous = readFileSync(resultsFile, 'utf8');
  const at = previous.indexOf('\n## ');
  if (at !== -1) notes = '\n' + previous.slice(at + 1);
} catch {
  /* no earlier results */
}
if (!only) writeFileSync(resultsFile, header + table + '\n' + notes);
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
