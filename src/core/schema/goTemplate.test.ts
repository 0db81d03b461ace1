import { describe, test, expect } from 'vitest';
import { checkGoTemplate, findTemplateStrings } from './goTemplate';

/** The parts of the chart's coalesced defaults (values.yaml v1.28.0) that these templates read. */
const chartDefaults: Record<string, unknown> = {
  join_token: 'abc',
  global: {
    image: { registry: '', imagePullSecrets: [], pullPolicy: 'IfNotPresent' },
    consolidated_image: {
      enabled: true,
      registry: 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-public',
      repository: 'catalyst-all',
      pullPolicy: '',
    },
    nats: { endpoint: 'tls://client-events.r1.diagrid.io:443' },
  },
  agent: { replicaCount: 1, config: { sidecar: { image_tag: '1.28.0' } } },
};

const check = (text: string) => checkGoTemplate(text, chartDefaults);

describe('checkGoTemplate', () => {
  test("accepts the chart's own ternary image names with the chart defaults", () => {
    for (const name of ['sidecar', 'diagrid-otel-collector', 'private-sentry', 'catalyst-management']) {
      expect(check(`{{ ternary .Values.global.consolidated_image.repository "${name}" .Values.global.consolidated_image.enabled }}`)).toBeNull();
    }
  });

  test('accepts the release and chart built-ins', () => {
    expect(check('{{ .Release.Namespace }}')).toBeNull();
    expect(check('dapr-sentry.{{ .Release.Namespace }}.svc.cluster.local:443')).toBeNull();
    expect(check('{{ .Release.Name }}-{{ .Release.Revision }}-{{ .Release.Service }}')).toBeNull();
    expect(check('{{ .Chart.Name }}:{{ .Chart.Version }} ({{ .Chart.AppVersion }})')).toBeNull();
    expect(check('{{ .Capabilities.KubeVersion.Version }}{{ if .Capabilities.APIVersions.Has "v1" }}x{{ end }}')).toBeNull();
    expect(check('{{ .Template.Name }} {{ .Template.BasePath }}')).toBeNull();
  });

  test('accepts pipelines, parentheses, trim markers, comments and $-rooted paths', () => {
    expect(check('{{- .Values.global.nats.endpoint | default "tls://x:443" | quote -}}')).toBeNull();
    expect(check('{{ printf "%s/%s" (default "r" .Values.global.image.registry) .Values.global.consolidated_image.repository }}')).toBeNull();
    expect(check('{{/* the consolidated repository */}}{{ $.Values.global.consolidated_image.repository }}')).toBeNull();
    expect(check('{{- /* trimmed comment */ -}}plain')).toBeNull();
    expect(check('{{ include "catalyst.fullname" . }}-agent')).toBeNull();
    expect(check('{{ $name := .Release.Name }}{{ $name | upper }}')).toBeNull();
    expect(check('{{ "a}}b" }}')).toBeNull();
    expect(check('{{ `raw }} text` }}')).toBeNull();
  });

  test('accepts a missing last key, which Helm renders as empty', () => {
    expect(check('{{ .Values.global.nats.namespace }}')).toBeNull();
    expect(check('{{ .Values.nope }}')).toBeNull();
  });

  test('rejects reading through a map that is not set, naming the path', () => {
    const message = check('{{ .Values.nope.x }}');
    expect(message).toContain('{{ .Values.nope.x }}');
    expect(message).toContain('.Values.nope is not set');
    expect(message).toContain('nil pointer evaluating interface {}.x');
  });

  test('suggests the sibling key when the unset map looks like a typo', () => {
    expect(check('{{ .Values.global.consolidated_imag.repository }}')).toContain('did you mean .Values.global.consolidated_image?');
    expect(check('{{ $.Values.globl.nats.endpoint }}')).toContain('did you mean .Values.global?');
  });

  test('rejects reading a field of a string or a list', () => {
    expect(check('{{ .Values.global.consolidated_image.repository.name }}')).toContain('is a string, not a map');
    expect(check('{{ .Values.global.image.imagePullSecrets.name }}')).toContain('is a list, not a map');
  });

  test('rejects objects Helm does not provide', () => {
    expect(check('{{ .Foo.bar }}')).toContain('.Foo, which Helm does not provide');
    expect(check('{{ .Value.global }}')).toContain('did you mean .Values?');
    expect(check('{{ .Chart.Nmae }}')).toContain('did you mean .Chart.Name?');
    expect(check('{{ .Release.Nmespace.x }}')).toContain('did you mean .Release.Namespace?');
  });

  test('rejects a stray or nested {{ and an unclosed action', () => {
    expect(check('image-{{ .Release.Name')).toContain('is never closed');
    expect(check('{{ .Release.Name {{ .Release.Namespace }}')).toContain('inside another action');
    expect(check('a {{ b')).toContain('is never closed');
    expect(check('{{/* never ends }}')).toContain('never ends');
  });

  test('accepts }} on its own, which Go prints literally', () => {
    expect(check('}}')).toBeNull();
    expect(check('a }} b {{ .Release.Name }} }}')).toBeNull();
  });

  test('rejects unbalanced quotes inside an action', () => {
    expect(check('{{ ternary .Values.global.consolidated_image.repository "sidecar .Values.global.consolidated_image.enabled }}')).toContain('unterminated " quote');
    expect(check("{{ 'x }}")).toContain("unterminated ' quote");
    expect(check('{{ `x }}')).toContain('unterminated ` quote');
  });

  test('rejects empty actions, stray parentheses and operators', () => {
    expect(check('{{ }}')).toContain('is empty');
    expect(check('{{- -}}')).toContain('is empty');
    expect(check('{{ (default "x" .Values.nope }}')).toContain('unclosed "("');
    expect(check('{{ .Release.Name) }}')).toContain('")" without "("');
    expect(check('{{ .Values.agent.replicaCount * 2 }}')).toContain('"*"');
  });

  test('rejects functions Helm does not define, with a did-you-mean', () => {
    expect(check('{{ tenary "a" "b" true }}')).toContain('did you mean "ternary"?');
    expect(check('{{ env "HOME" }}')).toContain('"env", which is not a Helm template function');
  });

  test('checks that if/with/range blocks are closed and ends are matched', () => {
    expect(check('{{ if .Values.global.consolidated_image.enabled }}x{{ else }}y{{ end }}')).toBeNull();
    expect(check('{{ if .Release.IsInstall }}x')).toContain('add {{ end }}');
    expect(check('x{{ end }}')).toContain('no matching');
  });

  test('stays quiet where evaluation depends on the data', () => {
    // Guarded reads only run when the guard holds, and `with` rebinds the dot.
    expect(check('{{ if .Values.nope }}{{ .Values.nope.x }}{{ end }}')).toBeNull();
    expect(check('{{ with .Values.global.nats }}{{ .endpoint }}{{ end }}')).toBeNull();
    expect(check('{{ and .Values.nope .Values.nope.x }}')).toBeNull();
    expect(check('{{ (index .Values.global "nats").endpoint }}')).toBeNull();
  });

  test('accepts text without templates and numbers that look like trim markers', () => {
    expect(check('plain text')).toBeNull();
    expect(check('{{-3}}')).toBeNull();
  });
});

describe('findTemplateStrings', () => {
  test('collects every templated string with its path below the node', () => {
    const config = {
      sidecar: { image_name: '{{ ternary .Values.global.consolidated_image.repository "sidecar" true }}', image_tag: '1.28.0' },
      hosts: ['a', 'b.{{ .Release.Namespace }}'],
      count: 3,
      nothing: null,
    };
    expect(findTemplateStrings(config)).toEqual([
      { path: ['sidecar', 'image_name'], text: config.sidecar.image_name },
      { path: ['hosts', '1'], text: 'b.{{ .Release.Namespace }}' },
    ]);
  });

  test('reports a templated string given directly with an empty path', () => {
    expect(findTemplateStrings('{{ .Release.Name }}')).toEqual([{ path: [], text: '{{ .Release.Name }}' }]);
    expect(findTemplateStrings('no template')).toEqual([]);
  });
});
