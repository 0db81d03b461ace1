import '../../../engine/wasm/wasm_exec.js';
import { createTarGzip } from 'nanotar';
import type { HelmEngine } from './HelmEngine';
import type { HelmRenderRequest } from './HelmRenderRequest';
import { failure, type HelmRenderResult } from './HelmRenderResult';
import { helmEngineLimits, outputLimitMessage } from './helmEngineLimits';

/** The function engine/main.go registers on globalThis: request JSON and chart bytes in, result JSON out. */
const renderFunctionName = 'catalystHelmRender';
type GoRenderFunction = (requestJson: string, chart: Uint8Array) => string;

/**
 * Compiles the engine's module from its bytes (gzip-compressed as engine/wasm ships it, or plain). A compiled
 * module can be handed to several threads, which then share its machine code instead of each decompressing and
 * compiling 80 MB of WebAssembly.
 */
export async function compileHelmEngine(moduleBytes: Uint8Array): Promise<WebAssembly.Module> {
  const wasm = isGzip(moduleBytes) ? await gunzip(moduleBytes) : moduleBytes;
  return WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
}

/**
 * Starts Helm's engine in the current thread from the module's bytes, or from a module compiled already
 * (compileHelmEngine). Runs the same in Node and in a browser worker: it needs only WebAssembly,
 * DecompressionStream and Go's wasm_exec.js.
 */
export async function loadHelmEngine(moduleBytesOrCompiled: Uint8Array | WebAssembly.Module): Promise<HelmEngine> {
  const module = moduleBytesOrCompiled instanceof WebAssembly.Module ? moduleBytesOrCompiled : await compileHelmEngine(moduleBytesOrCompiled);
  const go = new Go();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  const renderInGo = startGo(go, instance);
  let stopped: string | null = null;
  const engine: HelmEngine = {
    render(request: HelmRenderRequest): HelmRenderResult {
      if (stopped !== null || go.exited) return failure('render', `Helm's engine has stopped: ${stopped ?? 'it exited'}`);
      try {
        return readResult(renderInGo(JSON.stringify(wireRequest(request)), request.chart));
      } catch (error) {
        // A Go runtime fault (out of memory, a fatal error) leaves the instance unusable.
        stopped = error instanceof Error ? error.message : String(error);
        return failure('render', `Helm's engine has stopped: ${stopped}`);
      }
    },
  };
  engine.render({ chart: await warmUpChart(), values: ['replicas: 2\n'], set: [{ flag: 'set', text: 'name=warm' }], release: 'warm-up', namespace: 'default', kubeVersion: '' });
  return engine;
}

/**
 * A small chart rendered once at load. WebAssembly functions are compiled on their first call, and the first
 * render would otherwise spend seconds compiling the loader, the template engine and the YAML code, counted
 * against the first real chart's time limit.
 */
function warmUpChart(): Promise<Uint8Array> {
  const schema = JSON.stringify({ type: 'object', properties: { replicas: { type: 'integer', minimum: 1 }, name: { type: 'string', pattern: '^[a-z]+$' } } });
  const template = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "warm.name" . }}',
    '  labels: {{- toYaml (dict "app" .Chart.Name) | nindent 4 }}',
    '  annotations:',
    '    checksum: {{ .Values | toJson | sha256sum | trunc 8 | quote }}',
    'spec:',
    '  replicas: {{ .Values.replicas | default 1 }}',
    '  template:',
    '    spec:',
    '      containers:',
    '        {{- range $i, $e := until 2 }}',
    '        - name: {{ printf "c%d" $e }}',
    '          image: {{ tpl "{{ .Values.name }}" $ | upper | lower }}',
    '        {{- end }}',
  ].join('\n');
  return createTarGzip([
    { name: 'warm/Chart.yaml', data: 'apiVersion: v2\nname: warm\nversion: 0.1.0\n' },
    { name: 'warm/values.yaml', data: 'replicas: 1\nname: warm\n' },
    { name: 'warm/values.schema.json', data: schema },
    { name: 'warm/templates/_helpers.tpl', data: '{{- define "warm.name" -}}{{ .Release.Name | trunc 63 | trimSuffix "-" }}{{- end -}}' },
    { name: 'warm/templates/deployment.yaml', data: template },
    { name: 'warm/templates/NOTES.txt', data: 'Installed {{ .Release.Name }}.' },
  ]);
}

/**
 * Runs Go's main, which registers the render function and then waits. While it starts, `fetch` is hidden:
 * Go's net/http decides once, at start, whether it may use fetch, and a chart's schema must never make the
 * engine reach the network (a remote `$ref` then fails as unreachable, as it would offline).
 */
function startGo(go: Go, instance: WebAssembly.Instance): GoRenderFunction {
  const scope = globalThis as Record<string, unknown>;
  silenceGoOutput(scope.fs);
  const fetch = scope.fetch;
  scope.fetch = undefined;
  try {
    void go.run(instance);
  } finally {
    scope.fetch = fetch;
  }
  const render = scope[renderFunctionName];
  // Taken off globalThis so that several engines can share one thread (each keeps its own function).
  delete scope[renderFunctionName];
  if (typeof render !== 'function') throw new Error('the Helm engine module did not register its render function');
  return render as GoRenderFunction;
}

/**
 * Go writes its stdout and stderr through wasm_exec.js's stand-in file system, which prints them with
 * console.log: Helm's log lines (its coalescing warnings) would land in the page's console and, from a Node
 * worker thread, in the middle of `catalyst-values template`'s output. Everything the engine has to say is in
 * its result, so they are dropped. Only the stand-in is changed (its constants are all -1), never a real fs.
 */
function silenceGoOutput(fs: unknown): void {
  if (typeof fs !== 'object' || fs === null || !('writeSync' in fs) || !('constants' in fs)) return;
  const constants = fs.constants as Record<string, number> | undefined;
  if (constants?.O_WRONLY !== -1) return;
  (fs as { writeSync: (fd: number, bytes: Uint8Array) => number }).writeSync = (_fd, bytes) => bytes.length;
}

function wireRequest(request: HelmRenderRequest): object {
  const { chart: _chart, ...rest } = request;
  return { ...rest, outputByteLimit: helmEngineLimits.outputBytes };
}

function readResult(json: string): HelmRenderResult {
  const result = JSON.parse(json) as HelmRenderResult;
  if (result.error?.phase === 'limit') return failure('limit', outputLimitMessage());
  return result;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function gunzip(bytes: Uint8Array): Promise<ArrayBuffer> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}
