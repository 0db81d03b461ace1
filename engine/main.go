// Command engine is Helm's `helm template`, offline, for WebAssembly.
//
// It registers one function on globalThis and then waits forever, so one Go instance serves every render
// (a Go program run once per render leaves timers behind that hold the instance in memory):
//
//	catalystHelmRender(requestJSON: string, chart: Uint8Array): string  // the result as JSON
//
// The request and result are the TypeScript types in src/core/helm-engine. The steps, their order and their
// error texts follow `helm template` (pkg/cmd/template.go, pkg/cmd/install.go runInstall, pkg/action
// Install.RunWithContext and Configuration.renderResources of Helm v4.1.4). pkg/action itself does not build
// for js/wasm (its cluster client pulls in terminal and signal code), so those few steps are restated here on
// the same narrow packages they call. Cutting the rendered files into documents and ordering them
// (releaseutil.SortManifests) is restated too, in manifests.go, because Helm's own way costs a tenth of a render.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall/js"
	"time"

	"helm.sh/helm/v4/pkg/chart/common"
	"helm.sh/helm/v4/pkg/chart/common/util"
	"helm.sh/helm/v4/pkg/chart/loader/archive"
	chart "helm.sh/helm/v4/pkg/chart/v2"
	"helm.sh/helm/v4/pkg/chart/v2/loader"
	chartutil "helm.sh/helm/v4/pkg/chart/v2/util"
	"helm.sh/helm/v4/pkg/engine"
	"helm.sh/helm/v4/pkg/ignore"
	release "helm.sh/helm/v4/pkg/release/v1"
	releaseutil "helm.sh/helm/v4/pkg/release/v1/util"
	"helm.sh/helm/v4/pkg/strvals"
	"sigs.k8s.io/yaml"
)

type setArgument struct {
	Flag    string `json:"flag"`
	Text    string `json:"text"`
	Key     string `json:"key"`
	Content string `json:"content"`
}

type request struct {
	Values          []string      `json:"values"`
	ValueFileNames  []string      `json:"valueFileNames"`
	Set             []setArgument `json:"set"`
	Release         string        `json:"release"`
	Namespace       string        `json:"namespace"`
	KubeVersion     string        `json:"kubeVersion"`
	APIVersions     []string      `json:"apiVersions"`
	IncludeCrds     bool          `json:"includeCrds"`
	ChartSource     string        `json:"chartSource"`
	OutputByteLimit int           `json:"outputByteLimit"`
	// OmitOutput leaves `output` (the text `helm template` prints) empty, for callers that read only the
	// manifests and the verdict: the manifests are then carried once instead of twice.
	OmitOutput bool `json:"omitOutput"`
}

type manifest struct {
	Source    string   `json:"source"`
	Kind      string   `json:"kind"`
	Name      string   `json:"name"`
	Namespace string   `json:"namespace"`
	YAML      string   `json:"yaml"`
	Hooks     []string `json:"hooks"`
}

type engineError struct {
	Phase    string  `json:"phase"`
	Template *string `json:"template"`
	Line     *int    `json:"line"`
	Message  string  `json:"message"`
}

type result struct {
	Manifests []manifest   `json:"manifests"`
	Notes     string       `json:"notes"`
	Output    string       `json:"output"`
	Error     *engineError `json:"error"`
}

// phaseError carries the phase a failure belongs to alongside Helm's own message.
type phaseError struct {
	phase string
	err   error
}

func (e *phaseError) Error() string { return e.err.Error() }

func fail(phase string, err error) error { return &phaseError{phase: phase, err: err} }

func main() {
	// Renders allocate a lot and briefly; collecting less often makes them faster at a modest cost in memory.
	debug.SetGCPercent(400)
	js.Global().Set("catalystHelmRender", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 2 {
			return encode(failed(fail("chart", errors.New("catalystHelmRender(requestJSON, chart) takes two arguments"))))
		}
		var req request
		if err := json.Unmarshal([]byte(args[0].String()), &req); err != nil {
			return encode(failed(fail("values", fmt.Errorf("malformed render request: %w", err))))
		}
		chartBytes := make([]byte, args[1].Get("length").Int())
		js.CopyBytesToGo(chartBytes, args[1])
		return encode(renderSafely(req, chartBytes))
	}))
	select {}
}

func encode(r result) string {
	if r.Manifests == nil {
		r.Manifests = []manifest{}
	}
	text, err := json.Marshal(r)
	if err != nil {
		return `{"manifests":[],"notes":"","output":"","error":{"phase":"render","template":null,"line":null,"message":"the engine could not encode its result"}}`
	}
	return string(text)
}

// renderSafely turns a panic anywhere in Helm's code into a failed render, so one bad chart never takes the
// instance down for the renders after it.
func renderSafely(req request, chartBytes []byte) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = failed(fail("render", fmt.Errorf("%v", p)))
		}
	}()
	out, err := render(req, chartBytes)
	if err != nil {
		return failed(err)
	}
	return out
}

func failed(err error) result {
	phase := "render"
	var pe *phaseError
	if errors.As(err, &pe) {
		phase = pe.phase
	}
	message := err.Error()
	e := &engineError{Phase: phase, Message: message}
	e.Template, e.Line = locate(phase, message)
	return result{Error: e}
}

var (
	// template: catalyst/templates/x.yaml:12:3: executing ... / execution error at (catalyst/templates/x.yaml:5:4): ...
	templateAt = regexp.MustCompile(`(?:template: |error at \(|error calling include: template: )([^\s:()]+):(\d+)`)
	// YAML parse error on catalyst/templates/x.yaml: error converting YAML to JSON: yaml: line 12: ...
	yamlAt     = regexp.MustCompile(`YAML parse error on ([^\s:]+): .*?line (\d+)`)
	yamlSource = regexp.MustCompile(`YAML parse error on ([^\s:]+):`)
)

// locate finds the template and line Helm names in its message; the innermost (last) one for nested includes.
func locate(phase, message string) (*string, *int) {
	if phase == "yaml" {
		if m := yamlAt.FindStringSubmatch(message); m != nil {
			line, _ := strconv.Atoi(m[2])
			return &m[1], &line
		}
		if m := yamlSource.FindStringSubmatch(message); m != nil {
			return &m[1], nil
		}
		return nil, nil
	}
	if phase != "render" {
		return nil, nil
	}
	all := templateAt.FindAllStringSubmatch(message, -1)
	if len(all) == 0 {
		return nil, nil
	}
	m := all[len(all)-1]
	line, _ := strconv.Atoi(m[2])
	return &m[1], &line
}

// mergeValues is Helm's values.Options.MergeValues on text instead of paths: files in order, then each
// --set flag group in Helm's fixed order.
func mergeValues(req request) (map[string]any, error) {
	base := map[string]any{}
	for i, text := range req.Values {
		name := fmt.Sprintf("values file %d", i+1)
		if i < len(req.ValueFileNames) && req.ValueFileNames[i] != "" {
			name = req.ValueFileNames[i]
		}
		current, err := loader.LoadValues(strings.NewReader(text))
		if err != nil {
			return nil, fmt.Errorf("failed to parse %s: %w", name, err)
		}
		base = loader.MergeMaps(base, current)
	}
	byFlag := func(flag string) []setArgument {
		var out []setArgument
		for _, s := range req.Set {
			if s.Flag == flag {
				out = append(out, s)
			}
		}
		return out
	}
	for _, s := range byFlag("set-json") {
		trimmed := strings.TrimSpace(s.Text)
		if len(trimmed) > 0 && trimmed[0] == '{' {
			var jsonMap map[string]any
			if err := json.Unmarshal([]byte(trimmed), &jsonMap); err != nil {
				return nil, fmt.Errorf("failed parsing --set-json data JSON: %s", s.Text)
			}
			base = loader.MergeMaps(base, jsonMap)
		} else if err := strvals.ParseJSON(s.Text, base); err != nil {
			return nil, fmt.Errorf("failed parsing --set-json data %s", s.Text)
		}
	}
	for _, s := range byFlag("set") {
		if err := strvals.ParseInto(s.Text, base); err != nil {
			return nil, fmt.Errorf("failed parsing --set data: %w", err)
		}
	}
	for _, s := range byFlag("set-string") {
		if err := strvals.ParseIntoString(s.Text, base); err != nil {
			return nil, fmt.Errorf("failed parsing --set-string data: %w", err)
		}
	}
	for _, s := range byFlag("set-file") {
		content := s.Content
		reader := func([]rune) (any, error) { return content, nil }
		if err := strvals.ParseIntoFile(s.Key+"=file", base, reader); err != nil {
			return nil, fmt.Errorf("failed parsing --set-file data: %w", err)
		}
	}
	for _, s := range byFlag("set-literal") {
		if err := strvals.ParseLiteralInto(s.Text, base); err != nil {
			return nil, fmt.Errorf("failed parsing --set-literal data: %w", err)
		}
	}
	return base, nil
}

var utf8bom = []byte{0xEF, 0xBB, 0xBF}

// loadChart reads an archive as `helm template chart.tgz` does, or a packed folder as `helm template ./dir`
// does: the folder's .helmignore (and Helm's default rules) decide which files belong to the chart.
//
// Every keystroke renders the same chart again, and unpacking and parsing it is a third of a render: the last
// chart is kept loaded, and each render gets its own copy of the parts rendering changes (disabled subcharts
// are removed from the dependency list, import-values are written into the values, the dependency entries'
// Enabled flags are set), sharing the templates and files, which nothing writes. The chart is recognised by
// its bytes themselves: comparing them costs less than hashing them on every render.
func loadChart(chartBytes []byte, source string) (*chart.Chart, error) {
	if lastChart.loaded != nil && lastChart.source == source && bytes.Equal(lastChart.bytes, chartBytes) {
		return cloneChart(lastChart.loaded), nil
	}
	files, err := archive.LoadArchiveFiles(bytes.NewReader(chartBytes))
	if err != nil {
		return nil, err
	}
	if source == "folder" {
		if files, err = keepUnignored(files); err != nil {
			return nil, err
		}
	}
	loaded, err := loader.LoadFiles(files)
	if err != nil {
		return nil, err
	}
	lastChart.bytes, lastChart.source, lastChart.loaded = chartBytes, source, loaded
	return cloneChart(loaded), nil
}

var lastChart struct {
	bytes  []byte
	source string
	loaded *chart.Chart
}

func cloneChart(c *chart.Chart) *chart.Chart {
	out := *c
	if c.Metadata != nil {
		metadata := *c.Metadata
		metadata.Dependencies = make([]*chart.Dependency, len(c.Metadata.Dependencies))
		for i, d := range c.Metadata.Dependencies {
			dependency := *d
			metadata.Dependencies[i] = &dependency
		}
		out.Metadata = &metadata
	}
	out.Values = cloneValue(c.Values).(map[string]any)
	if c.Values == nil {
		out.Values = nil
	}
	var dependencies []*chart.Chart
	for _, d := range c.Dependencies() {
		dependencies = append(dependencies, cloneChart(d))
	}
	out.SetDependencies(dependencies...)
	return &out
}

func cloneValue(v any) any {
	switch value := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(value))
		for k, child := range value {
			out[k] = cloneValue(child)
		}
		return out
	case []any:
		out := make([]any, len(value))
		for i, child := range value {
			out[i] = cloneValue(child)
		}
		return out
	default:
		return v
	}
}

func keepUnignored(files []*archive.BufferedFile) ([]*archive.BufferedFile, error) {
	rules := ignore.Empty()
	for _, f := range files {
		if f.Name == ignore.HelmIgnore {
			var err error
			if rules, err = ignore.Parse(bytes.NewReader(f.Data)); err != nil {
				return nil, err
			}
		}
	}
	rules.AddDefaults()
	var kept []*archive.BufferedFile
	for _, f := range files {
		if ignoredWithFolders(rules, f.Name, len(f.Data)) {
			continue
		}
		f.Data = bytes.TrimPrefix(f.Data, utf8bom)
		kept = append(kept, f)
	}
	return kept, nil
}

// ignoredWithFolders applies the rules to each folder on the way to the file, as LoadDir's walk does.
func ignoredWithFolders(rules *ignore.Rules, name string, size int) bool {
	parts := strings.Split(name, "/")
	for i := 1; i < len(parts); i++ {
		if rules.Ignore(strings.Join(parts[:i], "/"), fileInfo{name: parts[i-1], dir: true}) {
			return true
		}
	}
	return rules.Ignore(name, fileInfo{name: parts[len(parts)-1], size: int64(size)})
}

type fileInfo struct {
	name string
	size int64
	dir  bool
}

func (f fileInfo) Name() string { return f.name }
func (f fileInfo) Size() int64  { return f.size }
func (f fileInfo) Mode() fs.FileMode {
	if f.dir {
		return fs.ModeDir | 0o755
	}
	return 0o644
}
func (f fileInfo) ModTime() time.Time { return time.Time{} }
func (f fileInfo) IsDir() bool        { return f.dir }
func (f fileInfo) Sys() any           { return nil }

// checkDependencies is pkg/action.CheckDependencies for v2 charts.
func checkDependencies(ch *chart.Chart) error {
	var missing []string
outer:
	for _, r := range ch.Metadata.Dependencies {
		for _, d := range ch.Dependencies() {
			if d.Name() == r.Name {
				continue outer
			}
		}
		missing = append(missing, r.Name)
	}
	if len(missing) > 0 {
		return fmt.Errorf("found in Chart.yaml, but missing in charts/ directory: %s", strings.Join(missing, ", "))
	}
	return nil
}

const notesFileSuffix = "NOTES.txt"

func render(req request, chartBytes []byte) (result, error) {
	var caps *common.Capabilities
	var kubeVersion *common.KubeVersion
	if req.KubeVersion != "" {
		parsed, err := common.ParseKubeVersion(req.KubeVersion)
		if err != nil {
			return result{}, fail("values", fmt.Errorf("invalid kube version '%s': %s", req.KubeVersion, err))
		}
		kubeVersion = parsed
	}
	releaseName := req.Release
	if releaseName == "" {
		releaseName = "release-name"
	}
	namespace := req.Namespace
	if namespace == "" {
		namespace = "default"
	}

	vals, err := mergeValues(req)
	if err != nil {
		return result{}, fail("values", err)
	}
	ch, err := loadChart(chartBytes, req.ChartSource)
	if err != nil {
		return result{}, fail("chart", err)
	}
	switch ch.Metadata.Type {
	case "", "application":
	default:
		return result{}, fail("chart", fmt.Errorf("%s charts are not installable", ch.Metadata.Type))
	}
	if len(ch.Metadata.Dependencies) > 0 {
		if err := checkDependencies(ch); err != nil {
			return result{}, fail("chart", fmt.Errorf("an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: %w", err))
		}
	}
	if err := chartutil.ValidateReleaseName(releaseName); err != nil {
		return result{}, fail("values", fmt.Errorf("release name check failed: %w", fmt.Errorf("release name %q: %w", releaseName, err)))
	}
	if err := chartutil.ProcessDependencies(ch, vals); err != nil {
		return result{}, fail("render", fmt.Errorf("chart dependencies processing failed: %w", err))
	}

	caps = common.DefaultCapabilities.Copy()
	if kubeVersion != nil {
		caps.KubeVersion = *kubeVersion
	}
	caps.APIVersions = append(caps.APIVersions, req.APIVersions...)

	options := common.ReleaseOptions{Name: releaseName, Namespace: namespace, Revision: 1, IsInstall: true}
	valuesToRender, err := util.ToRenderValuesWithSchemaValidation(ch, vals, options, caps, true)
	if err != nil {
		return result{}, fail("values", err)
	}
	coalesced, ok := valuesToRender["Values"].(common.Values)
	if !ok {
		return result{}, fail("values", errors.New("the coalesced values are missing"))
	}
	if err := validateAgainstSchema(ch, coalesced); err != nil {
		return result{}, fail("schema", fmt.Errorf("values don't meet the specifications of the schema(s) in the following chart(s):\n%w", err))
	}

	if ch.Metadata.KubeVersion != "" && !chartutil.IsCompatibleRange(ch.Metadata.KubeVersion, caps.KubeVersion.String()) {
		return result{}, fail("chart", fmt.Errorf("chart requires kubeVersion: %s which is incompatible with Kubernetes %s", ch.Metadata.KubeVersion, caps.KubeVersion.Version))
	}

	var e engine.Engine
	files, err := e.Render(ch, valuesToRender)
	if err != nil {
		return result{}, fail("render", err)
	}

	var notes bytes.Buffer
	for k, v := range files {
		if strings.HasSuffix(k, notesFileSuffix) {
			if k == path.Join(ch.Name(), "templates", notesFileSuffix) {
				if notes.Len() > 0 {
					notes.WriteString("\n")
				}
				notes.WriteString(v)
			}
			delete(files, k)
		}
	}

	hooks, manifests, err := sortManifests(files, releaseutil.InstallOrder)
	if err != nil {
		return result{}, fail("yaml", err)
	}

	limit := req.OutputByteLimit
	var body bytes.Buffer
	var out []manifest
	add := func(source, content string, kind, name string, hookEvents []release.HookEvent) error {
		entry := manifest{Source: source, Kind: kind, Name: name, YAML: content, Hooks: []string{}}
		entry.Namespace = namespaceOf(content)
		for _, h := range hookEvents {
			entry.Hooks = append(entry.Hooks, string(h))
		}
		out = append(out, entry)
		if limit > 0 && body.Len() > limit {
			return fail("limit", fmt.Errorf("the rendered manifests passed %d bytes", limit))
		}
		return nil
	}

	if req.IncludeCrds {
		for _, crd := range ch.CRDObjects() {
			content := string(crd.File.Data)
			fmt.Fprintf(&body, "---\n# Source: %s\n%s\n", crd.Filename, content)
			kind, name := headOf(content)
			if err := add(crd.Filename, content, kind, name, nil); err != nil {
				return result{}, err
			}
		}
	}
	for _, m := range manifests {
		fmt.Fprintf(&body, "---\n# Source: %s\n%s\n", m.Name, m.Content)
		name := ""
		if m.Head.Metadata != nil {
			name = m.Head.Metadata.Name
		}
		if err := add(m.Name, m.Content, m.Head.Kind, name, nil); err != nil {
			return result{}, err
		}
	}

	// pkg/cmd/template.go: the manifests trimmed and ended with one newline, then each hook.
	var printed bytes.Buffer
	fmt.Fprintln(&printed, strings.TrimSpace(body.String()))
	for _, h := range hooks {
		fmt.Fprintf(&printed, "---\n# Source: %s\n%s\n", h.Path, h.Manifest)
		if err := add(h.Path, h.Manifest, h.Kind, h.Name, h.Events); err != nil {
			return result{}, err
		}
		body.WriteString(h.Manifest)
	}
	if req.OmitOutput {
		return result{Manifests: out, Notes: notes.String()}, nil
	}
	return result{Manifests: out, Notes: notes.String(), Output: printed.String()}, nil
}

// namespaceOf finds metadata.namespace by reading the block under `metadata:`, which is how templates write
// it, and parses the whole manifest only when it is written some other way (a flow map): a full parse of every
// manifest would cost a tenth of a render.
func namespaceOf(content string) string {
	lines := strings.Split(content, "\n")
	for i, line := range lines {
		if strings.TrimRight(line, " ") != "metadata:" {
			continue
		}
		indent := -1
		for _, child := range lines[i+1:] {
			trimmed := strings.TrimLeft(child, " ")
			if trimmed == "" || strings.HasPrefix(trimmed, "#") {
				continue
			}
			n := len(child) - len(trimmed)
			if n == 0 {
				return ""
			}
			if indent < 0 {
				indent = n
			}
			if n == indent && strings.HasPrefix(trimmed, "namespace:") {
				var value any
				if yaml.Unmarshal([]byte(strings.TrimPrefix(trimmed, "namespace:")), &value) != nil || value == nil {
					return ""
				}
				return fmt.Sprint(value)
			}
		}
		return ""
	}
	var head struct {
		Metadata struct {
			Namespace string `json:"namespace"`
		} `json:"metadata"`
	}
	if yaml.Unmarshal([]byte(content), &head) != nil {
		return ""
	}
	return head.Metadata.Namespace
}

// headOf reads kind and name of a CRD file, which Helm prints without parsing.
func headOf(content string) (string, string) {
	var head releaseutil.SimpleHead
	if yaml.Unmarshal([]byte(content), &head) != nil {
		return "", ""
	}
	name := ""
	if head.Metadata != nil {
		name = head.Metadata.Name
	}
	return head.Kind, name
}
