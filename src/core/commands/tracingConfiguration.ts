import type { Command } from './CommandGroup';
import { shellQuote } from './shellQuote';

export interface TracingInput {
  /** The Configuration's metadata.name, which apps refer to with --app-config. */
  name: string;
  /** OTLP collector address as `host:port`, without a scheme (Dapr's endpointAddress). */
  endpoint: string;
  protocol: 'grpc' | 'http';
  isSecure: boolean;
  /** 0 (none) to 1 (every request). */
  samplingRate: number;
  /** Default `<app-id>`: the app to switch tracing on for. */
  appId?: string;
  /** Default `<name>.yaml`. */
  fileName?: string;
}

type TracingResult =
  | { ok: true; yaml: string; fileName: string; commands: Command[] }
  | { ok: false; errors: { field: keyof TracingInput; message: string }[] };

/** Starting points for the backends people most often run next to Catalyst. */
export const TRACING_PRESETS: Record<'jaeger' | 'otlpCollector', TracingInput> = {
  jaeger: { name: 'tracing-config', endpoint: 'jaeger.jaeger.svc.cluster.local:4317', protocol: 'grpc', isSecure: false, samplingRate: 1 },
  otlpCollector: {
    name: 'tracing-config',
    endpoint: 'otel-collector.observability.svc.cluster.local:4317',
    protocol: 'grpc',
    isSecure: false,
    samplingRate: 1,
  },
};

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HOST_PORT = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*):(\d{1,5})$/;

/** Dapr reads samplingRate as a string: "1", "0.5". */
function formatRate(rate: number): string {
  return String(rate);
}

export function tracingConfiguration(input: TracingInput): TracingResult {
  const errors: { field: keyof TracingInput; message: string }[] = [];
  if (!DNS_SUBDOMAIN.test(input.name) || input.name.length > 253) {
    errors.push({ field: 'name', message: 'Use a Kubernetes name: lower-case letters, digits, "-" and "." (e.g. tracing-config).' });
  }
  const hostPort = HOST_PORT.exec(input.endpoint.trim());
  const port = hostPort ? Number(hostPort[5]) : NaN;
  if (!hostPort || port < 1 || port > 65535) {
    errors.push({
      field: 'endpoint',
      message: /^[a-z]+:\/\//i.test(input.endpoint)
        ? 'Leave out the scheme: write host:port (e.g. jaeger.jaeger.svc.cluster.local:4317) and use isSecure for TLS.'
        : 'Write the collector address as host:port, e.g. jaeger.jaeger.svc.cluster.local:4317.',
    });
  }
  if (input.protocol !== 'grpc' && input.protocol !== 'http') {
    errors.push({ field: 'protocol', message: 'Protocol is grpc or http.' });
  }
  if (!Number.isFinite(input.samplingRate) || input.samplingRate < 0 || input.samplingRate > 1) {
    errors.push({ field: 'samplingRate', message: 'Sampling rate is a number from 0 (no traces) to 1 (every request).' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const fileName = input.fileName || `${input.name}.yaml`;
  const yaml = [
    'apiVersion: dapr.io/v1alpha1',
    'kind: Configuration',
    'metadata:',
    `  name: ${input.name}`,
    'spec:',
    '  tracing:',
    `    samplingRate: ${JSON.stringify(formatRate(input.samplingRate))}`,
    '    stdout: true',
    '    otel:',
    `      endpointAddress: ${JSON.stringify(input.endpoint.trim())}`,
    `      isSecure: ${input.isSecure ? 'true' : 'false'}`,
    `      protocol: ${input.protocol}`,
    '',
  ].join('\n');

  return {
    ok: true,
    yaml,
    fileName,
    commands: [
      // A quoted here-doc delimiter: nothing in the manifest is expanded by the shell.
      { label: `Write ${fileName}`, text: `cat <<'EOF' > ${shellQuote(fileName)}\n${yaml}EOF` },
      { label: 'Apply it with the Diagrid CLI', text: `diagrid apply -f ${shellQuote(fileName)}` },
      {
        label: 'Use it for an app',
        text: `diagrid appid update ${shellQuote(input.appId || '<app-id>')} --app-config ${shellQuote(input.name)}`,
      },
    ],
  };
}
