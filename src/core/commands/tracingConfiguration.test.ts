import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { TRACING_PRESETS, tracingConfiguration } from './tracingConfiguration';

describe('tracing configuration', () => {
  test('the Jaeger preset prints the README manifest and the CLI commands', () => {
    const result = tracingConfiguration({ ...TRACING_PRESETS.jaeger, appId: 'order-processor' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.yaml).toBe(
      [
        'apiVersion: dapr.io/v1alpha1',
        'kind: Configuration',
        'metadata:',
        '  name: tracing-config',
        'spec:',
        '  tracing:',
        '    samplingRate: "1"',
        '    stdout: true',
        '    otel:',
        '      endpointAddress: "jaeger.jaeger.svc.cluster.local:4317"',
        '      isSecure: false',
        '      protocol: grpc',
        '',
      ].join('\n'),
    );
    expect(result.commands.map((c) => c.text).slice(1)).toEqual([
      'diagrid apply -f tracing-config.yaml',
      'diagrid appid update order-processor --app-config tracing-config',
    ]);
    expect(result.commands[0]?.text.startsWith("cat <<'EOF' > tracing-config.yaml\napiVersion")).toBe(true);
  });

  test('the manifest parses as YAML with the sampling rate as a string', () => {
    const result = tracingConfiguration({ name: 'traces', endpoint: 'otel.example.com:4318', protocol: 'http', isSecure: true, samplingRate: 0.25 });
    if (!result.ok) throw new Error('expected ok');
    expect(parse(result.yaml)).toEqual({
      apiVersion: 'dapr.io/v1alpha1',
      kind: 'Configuration',
      metadata: { name: 'traces' },
      spec: { tracing: { samplingRate: '0.25', stdout: true, otel: { endpointAddress: 'otel.example.com:4318', isSecure: true, protocol: 'http' } } },
    });
  });

  test('an endpoint with a scheme, without a port, or a rate outside 0..1 is explained', () => {
    const result = tracingConfiguration({ name: 'Tracing Config', endpoint: 'http://jaeger:4317', protocol: 'grpc', isSecure: false, samplingRate: 1.5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual(['name', 'endpoint', 'samplingRate']);
    expect(result.errors[1]?.message).toContain('Leave out the scheme');
    const noPort = tracingConfiguration({ ...TRACING_PRESETS.jaeger, endpoint: 'jaeger.jaeger.svc.cluster.local' });
    expect(noPort.ok ? [] : noPort.errors.map((e) => e.field)).toEqual(['endpoint']);
    const badPort = tracingConfiguration({ ...TRACING_PRESETS.jaeger, endpoint: 'jaeger:70000' });
    expect(badPort.ok).toBe(false);
  });

  test('an app id with spaces is quoted', () => {
    const result = tracingConfiguration({ ...TRACING_PRESETS.otlpCollector, appId: 'my app' });
    expect(result.ok && result.commands[2]?.text).toBe("diagrid appid update 'my app' --app-config tracing-config");
  });
});
