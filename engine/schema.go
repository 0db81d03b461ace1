package main

import (
	"bytes"
	"crypto/sha256"
	"crypto/tls"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"helm.sh/helm/v4/pkg/chart/common"
	"helm.sh/helm/v4/pkg/chart/common/util"
	chart "helm.sh/helm/v4/pkg/chart/v2"
)

// validateAgainstSchema is Helm's util.ValidateAgainstSchema (pkg/chart/common/util/jsonschema.go) with its
// messages unchanged, except that each schema is compiled once and kept: compiling the chart's schema on
// every keystroke was a tenth of a render, and a compiled schema is not changed by validating with it.
func validateAgainstSchema(ch *chart.Chart, values map[string]any) error {
	var sb strings.Builder
	if ch.Schema != nil {
		if err := validateAgainstSingleSchema(values, ch.Schema); err != nil {
			fmt.Fprintf(&sb, "%s:\n", ch.Name())
			sb.WriteString(err.Error())
		}
	}
	for _, subchart := range ch.Dependencies() {
		raw, exists := values[subchart.Name()]
		if !exists || raw == nil {
			continue
		}
		subchartValues, ok := raw.(map[string]any)
		if !ok {
			fmt.Fprintf(&sb, "%s:\ninvalid type for values: expected object (map), got %T\n", subchart.Name(), raw)
			continue
		}
		if err := validateAgainstSchema(subchart, subchartValues); err != nil {
			sb.WriteString(err.Error())
		}
	}
	if sb.Len() > 0 {
		return errors.New(sb.String())
	}
	return nil
}

var compiledSchemas = map[[sha256.Size]byte]*jsonschema.Schema{}

func validateAgainstSingleSchema(values common.Values, schemaJSON []byte) (reterr error) {
	defer func() {
		if r := recover(); r != nil {
			reterr = fmt.Errorf("unable to validate schema: %s", r)
		}
	}()
	key := sha256.Sum256(schemaJSON)
	validator, known := compiledSchemas[key]
	if !known {
		schema, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
		if err != nil {
			return err
		}
		compiler := jsonschema.NewCompiler()
		compiler.UseLoader(jsonschema.SchemeURLLoader{
			"file":  jsonschema.FileLoader{},
			"http":  httpLoader(),
			"https": httpLoader(),
			"urn":   urnLoader{},
		})
		if err := compiler.AddResource("file:///values.schema.json", schema); err != nil {
			return err
		}
		if validator, err = compiler.Compile("file:///values.schema.json"); err != nil {
			return err
		}
		// Only the last few schemas are kept: a chart and its subcharts.
		if len(compiledSchemas) > 16 {
			clear(compiledSchemas)
		}
		compiledSchemas[key] = validator
	}
	if err := validator.Validate(values.AsMap()); err != nil {
		// util.JSONSchemaValidationError's text.
		return errors.New(strings.TrimPrefix(err.Error(), "jsonschema validation failed with 'file:///values.schema.json#'\n") + "\n")
	}
	return nil
}

// httpLoader is Helm's: in the engine it never reaches a network (see loadHelmEngine), so a remote $ref fails
// with Helm's own message for an unreachable address.
func httpLoader() *util.HTTPURLLoader {
	client := http.Client{Timeout: 15 * time.Second, Transport: &http.Transport{Proxy: http.ProxyFromEnvironment, TLSClientConfig: &tls.Config{}}}
	return (*util.HTTPURLLoader)(&client)
}

// urnLoader is Helm's: an unresolved URN is a permissive schema.
type urnLoader struct{}

func (urnLoader) Load(urn string) (any, error) {
	if doc, err := util.URNResolver(urn); err == nil && doc != nil {
		return doc, nil
	}
	return jsonschema.UnmarshalJSON(strings.NewReader("true"))
}
