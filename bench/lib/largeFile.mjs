import { measurePage } from './measurePage.mjs';
import { quantile } from './stats.mjs';

/** The studio's autosave record (v2), so a page opens on a given values file as if the user had opened it. */
const SESSION_KEY = 'catalyst-values-studio:session';
/** The YAML editor's input. */
const EDITOR_INPUT = '.yaml-pane .monaco-editor textarea';

/**
 * Keystroke → next paint in the form field with a large file against the same page with an almost empty one.
 * Each case is `rounds` cold loads of the studio with the file restored from storage, as if the user had
 * opened it; in the form field and in the YAML editor.
 *
 * `baselineUrl`, another build of the studio (say, before a change): each round then loads both, in
 * alternating order, so the two are measured under the same load; its figures come back as `baseline`.
 */
export async function measureLargeFile(browser, { studioUrl, baselineUrl, pointer, chartVersion, text, largeText, rounds, timeoutMs, keyIntervalMs, viewport }) {
  const files = { empty: '# notes: \n', large: largeText };
  const where = {
    form: { selector: `[name="${pointer}"]`, hash: `#${pointer}` },
    // Monaco reads keys from its own textarea (a real one: the studio turns its accessibility support on). The
    // caret goes to the end of the first line, a comment, so every prefix of the typed text keeps the file valid.
    editor: {
      selector: EDITOR_INPUT,
      hash: '',
      keepCaret: true,
      afterFocus: async (page) => {
        await page.locator('.yaml-pane .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('End');
      },
      typedText: async (page) => (await page.locator(EDITOR_INPUT).inputValue()).split('\n')[0] ?? '',
    },
  };
  const builds = baselineUrl ? { studio: studioUrl, baseline: baselineUrl } : { studio: studioUrl };
  const results = {};
  const baseline = {};
  for (const [placeName, place] of Object.entries(where)) {
    for (const [fileName, file] of Object.entries(files)) {
      const keys = { studio: [], baseline: [] };
      const errors = { studio: [], baseline: [] };
      for (let round = 0; round < rounds; round += 1) {
        const order = round % 2 === 0 ? Object.keys(builds) : Object.keys(builds).reverse();
        for (const build of order) {
          const target = {
            name: `${build} ${placeName}, ${fileName} file`,
            url: `${builds[build]}?chart=${chartVersion}${place.hash}`,
            selector: place.selector,
            afterFocus: place.afterFocus,
            typedText: place.typedText,
            keepCaret: place.keepCaret,
            initScript: { key: SESSION_KEY, record: JSON.stringify({ v: 2, chartVersion, text: file, savedAt: new Date(0).toISOString(), blanked: [], past: [], future: [] }) },
          };
          try {
            const result = await measurePage(browser, target, { text, timeoutMs, keyIntervalMs, viewport });
            keys[build].push(...result.keystrokesMs);
          } catch (error) {
            errors[build].push(String(error.message ?? error).split('\n')[0]);
          }
        }
      }
      results[`${placeName}-${fileName}`] = summary(keys.studio, errors.studio);
      if (baselineUrl) baseline[`${placeName}-${fileName}`] = summary(keys.baseline, errors.baseline);
    }
  }
  return { lines: files.large.split('\n').length - 1, rounds, results, ...(baselineUrl ? { baseline } : {}) };
}

function summary(keys, errors) {
  const sorted = [...keys].sort((a, b) => a - b);
  return { keystrokes: keys.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), errors };
}
