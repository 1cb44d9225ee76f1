// Parses action.yml and the workflows with GitHub's own parser (@actions/workflow-parser, the one behind the Actions
// language service): schema errors, unknown keys, bad expressions and unknown contexts, with file, line and column.
//   node scripts/lint-workflows.mjs [--json] [FILE ...]   (default: action.yml and .github/workflows/*.yml)
// A file named action.yml or action.yaml is read as an action, any other as a workflow. Exit 1 when any has errors;
// --json prints { file: [message, …] } for every file instead (for test/release/workflows.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The parser's modules import its JSON schemas without `with { type: 'json' }` (it is built for bundlers), which
// Node refuses: this hook adds the attribute to JSON imports without one.
const addJsonAttribute = `export async function load(url, context, nextLoad) {
  if (url.endsWith('.json') && !context.importAttributes?.type)
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(addJsonAttribute)}`, import.meta.url);

const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import('@actions/workflow-parser');
const { parseAction } = await import('@actions/workflow-parser/actions/action-parser');

/** The parser's messages for one file's text, each `name (Line: l, Col: c): message`; none for a valid file. */
export async function lintWorkflowText(name, content) {
  const trace = new NoOperationTraceWriter();
  const file = { name, content };
  if (/^action\.ya?ml$/.test(path.basename(name))) {
    return parseAction(file, trace)
      .context.errors.getErrors()
      .map((e) => e.message);
  }
  const parsed = parseWorkflow(file, trace);
  // Conversion checks what the schema cannot (job needs, matrix, concurrency, reusable workflow calls) and adds its
  // findings to the same list.
  if (parsed.value) await convertWorkflowTemplate(parsed.context, parsed.value);
  return parsed.context.errors.getErrors().map((e) => e.message);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const args = process.argv.slice(2);
  const json = args[0] === '--json';
  const named = json ? args.slice(1) : args;
  const files =
    named.length > 0
      ? named
      : [
          'action.yml',
          ...readdirSync(path.join(root, '.github/workflows'))
            .filter((f) => /\.ya?ml$/.test(f))
            .map((f) => `.github/workflows/${f}`),
        ];
  const results = {};
  for (const file of files)
    results[file] = await lintWorkflowText(file, readFileSync(path.resolve(root, file), 'utf8'));
  const failed = Object.values(results).some((errors) => errors.length > 0);
  if (json) process.stdout.write(JSON.stringify(results) + '\n');
  else if (failed) for (const errors of Object.values(results)) for (const e of errors) process.stderr.write(`${e}\n`);
  else process.stdout.write(`${files.length} files parsed by @actions/workflow-parser: no errors\n`);
  process.exit(failed ? 1 : 0);
}
