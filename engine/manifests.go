package main

import (
	"fmt"
	"path"
	"sort"
	"strings"

	release "helm.sh/helm/v4/pkg/release/v1"
	releaseutil "helm.sh/helm/v4/pkg/release/v1/util"
	"sigs.k8s.io/yaml"
)

// sortManifests gives what releaseutil.SortManifests gives for `helm template` (the hooks and the other
// manifests, each in install order), restated for speed. Helm cuts each rendered file into documents with a
// regular expression that Go runs with its backtracking matcher, clearing its state at every cut, and its kind
// comparison rebuilds the install order's lookup table on every call: together a tenth of a render. Here the
// cut is one pass over the text and the table is built once. Each document is still read with the same YAML
// call, so a document Helm cannot read fails with Helm's own message.
func sortManifests(files map[string]string, ordering releaseutil.KindSortOrder) ([]*release.Hook, []releaseutil.Manifest, error) {
	paths := make([]string, 0, len(files))
	for name := range files {
		paths = append(paths, name)
	}
	sort.Strings(paths)

	var hooks []*release.Hook
	var generic []releaseutil.Manifest
	for _, filePath := range paths {
		content := files[filePath]
		// Partials (_helpers.tpl) print nothing of their own, and blank files are left out.
		if strings.HasPrefix(path.Base(filePath), "_") || strings.TrimSpace(content) == "" {
			continue
		}
		for _, document := range splitDocuments(content) {
			var head releaseutil.SimpleHead
			if err := yaml.Unmarshal([]byte(document), &head); err != nil {
				return nil, nil, fmt.Errorf("YAML parse error on %s: %w", filePath, err)
			}
			hookNames, isHook := "", false
			if head.Metadata != nil {
				hookNames, isHook = head.Metadata.Annotations[release.HookAnnotation]
			}
			if !isHook {
				generic = append(generic, releaseutil.Manifest{Name: filePath, Content: document, Head: &head})
				continue
			}
			if hook := hookOf(head, filePath, document, hookNames); hook != nil {
				hooks = append(hooks, hook)
			}
		}
	}

	rank := make(map[string]int, len(ordering))
	for position, kind := range ordering {
		rank[kind] = position
	}
	sort.SliceStable(generic, func(i, j int) bool { return installsBefore(rank, generic[i].Head.Kind, generic[j].Head.Kind) })
	sort.SliceStable(hooks, func(i, j int) bool { return installsBefore(rank, hooks[i].Kind, hooks[j].Kind) })
	return hooks, generic, nil
}

// hookEvents are the names the helm.sh/hook annotation may list; test-success is Helm 2's name for test.
var hookEvents = map[string]release.HookEvent{"test-success": release.HookTest}

func init() {
	for _, event := range []release.HookEvent{
		release.HookPreInstall, release.HookPostInstall, release.HookPreDelete, release.HookPostDelete,
		release.HookPreUpgrade, release.HookPostUpgrade, release.HookPreRollback, release.HookPostRollback, release.HookTest,
	} {
		hookEvents[event.String()] = event
	}
}

// hookOf is the hook a document declares, or nil when its annotation names an event Helm does not know (Helm
// then leaves the document out altogether). Only what `helm template` prints is filled in.
func hookOf(head releaseutil.SimpleHead, filePath, document, names string) *release.Hook {
	hook := &release.Hook{Name: head.Metadata.Name, Kind: head.Kind, Path: filePath, Manifest: document, Events: []release.HookEvent{}}
	for _, name := range strings.Split(names, ",") {
		event, known := hookEvents[strings.ToLower(strings.TrimSpace(name))]
		if !known {
			return nil
		}
		hook.Events = append(hook.Events, event)
	}
	return hook
}

// installsBefore orders two kinds as Helm's install order does: kinds in the order first, by their place in it;
// other kinds after them, alphabetically; the sort is stable, so equal kinds keep the order they were found in.
func installsBefore(rank map[string]int, kindA, kindB string) bool {
	a, aKnown := rank[kindA]
	b, bKnown := rank[kindB]
	switch {
	case !aKnown && !bKnown:
		return kindA < kindB
	case !aKnown:
		return false
	case !bKnown:
		return true
	default:
		return a < b
	}
}

// splitDocuments cuts a rendered file into its YAML documents as Helm's SplitManifests does. Helm trims the
// file, then cuts at every `---` that begins the text or directly follows a line break; the cut takes with it
// the whitespace before that line break (back to the end of the previous cut) and all whitespace after the
// `---`, so a `---` whose line break an earlier cut took is not a cut. Pieces left empty are dropped and
// each piece is trimmed. Whitespace here is what a regular expression's \s is: space, tab, CR, LF, form feed.
func splitDocuments(file string) []string {
	text := strings.TrimSpace(file)
	var documents []string
	keep := func(piece string) {
		if piece != "" {
			documents = append(documents, strings.TrimSpace(piece))
		}
	}
	pieceStart, searchFrom := 0, 0
	if strings.HasPrefix(text, "---") {
		pieceStart, searchFrom = skipSpace(text, 3), skipSpace(text, 3)
	}
	for {
		found := strings.Index(text[searchFrom:], "\n---")
		if found < 0 {
			break
		}
		lineBreak := searchFrom + found
		cutStart := lineBreak
		for cutStart > searchFrom && isRegexpSpace(text[cutStart-1]) {
			cutStart--
		}
		keep(text[pieceStart:cutStart])
		pieceStart = skipSpace(text, lineBreak+len("\n---"))
		searchFrom = pieceStart
	}
	keep(text[pieceStart:])
	return documents
}

func skipSpace(text string, from int) int {
	for from < len(text) && isRegexpSpace(text[from]) {
		from++
	}
	return from
}

func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
