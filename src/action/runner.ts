import { appendFileSync, existsSync, writeSync } from 'node:fs';
import { escapeData, escapeProperty } from '../report/github.js';

/**
 * The runner's side of the workflow-command protocol: inputs, outputs, masks, annotations, logs, the step summary
 * and the step result, exactly as @actions/core writes them (same escaping, same file commands, same delimiters;
 * test/action/runner.test.ts compares the bytes with @actions/core's for hostile text).
 *
 * Written here rather than imported because @actions/core 3 loads its OIDC client, and with it undici and tunnel,
 * on import: measured at ~90 ms of a ~250 ms start-up of dist/index.js with nothing to check (node --cpu-prof),
 * against ~50 ms for a bare `node -e ''`. This file is the whole of what the Action uses.
 */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** os.EOL, without loading node:os: ~0.3 ms of a start-up with nothing to check (bench/run.mjs, start-up). */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';

type Write = (text: string) => void;
let write: Write = writeStdout;

let stdoutStream = false;

/**
 * Commands go straight to descriptor 1, as the runner reads them, rather than through process.stdout: creating that
 * stream cost ~2.5 ms of a ~90 ms start-up with nothing to check (bench/run.mjs, start-up). A descriptor that is
 * non-blocking (EAGAIN) or fails otherwise hands the rest, and every later write, to process.stdout, so nothing is
 * lost or reordered.
 */
/** Whether any command went through process.stdout, whose writes may still be queued (pipes on Windows). */
export function wroteThroughStream(): boolean {
  return stdoutStream;
}

function writeStdout(text: string): void {
  if (stdoutStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(1, bytes, offset);
  } catch {
    stdoutStream = true;
    process.stdout.write(bytes.subarray(offset));
  }
}

/** Where commands go (stdout, as the runner reads them); tests capture them. */
export function setCommandWriter(writer: Write): void {
  write = writer;
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value);
}

export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const given = Object.entries(properties).filter(([, value]) => value);
  const props =
    given.length > 0
      ? ' ' + given.map(([key, value]) => `${key}=${escapeProperty(commandValue(value))}`).join(',')
      : '';
  write(`::${command}${props}::${escapeData(commandValue(message))}${EOL}`);
}

function annotationProperties(p: AnnotationProperties): Record<string, unknown> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

/** `INPUT_<NAME>` with spaces as underscores, trimmed, as the runner passes `with:` values. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function fileCommand(variable: 'GITHUB_OUTPUT', key: string, value: unknown): boolean {
  const file = process.env[variable];
  if (!file) return false;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${uuidShaped()}`;
  const text = commandValue(value);
  if (key.includes(delimiter) || text.includes(delimiter))
    throw new Error('Unexpected input: the delimiter appears in the value');
  appendFileSync(file, `${key}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
  return true;
}

/**
 * A fresh delimiter per value in @actions/core's format (a v4 UUID), from Math.random rather than node:crypto, which
 * cost ~5 ms of a ~100 ms start-up with nothing to check (bench/run.mjs, start-up). It needs no secrecy: fileCommand checks
 * that the value does not contain it, so a value that did would stop the step, never forge an output.
 */
function uuidShaped(): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

export function setOutput(name: string, value: unknown): void {
  if (fileCommand('GITHUB_OUTPUT', name, value)) return;
  write(EOL);
  issueCommand('set-output', { name }, commandValue(value));
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function info(message: string): void {
  write(message + EOL);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotationProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotationProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotationProperties(properties), message);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends markdown to the step summary (GITHUB_STEP_SUMMARY), as core.summary.addRaw(text).write() does. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  appendFileSync(file, markdown, { encoding: 'utf8' });
}
