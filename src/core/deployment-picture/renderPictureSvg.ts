import type { EdgeRelation, PictureNodeKind, SpanMark } from './DeploymentPicture';
import { lineHeight, nodePadding, pictureFont, type LaidOutNode, type PictureLayout } from './layoutDeploymentPicture';

/**
 * Colours are written on the elements, not in a stylesheet, so the exported file looks the same in any
 * viewer; the picture keeps its white ground in a dark page too.
 */
const nodeColours: Record<PictureNodeKind, { fill: string; stroke: string }> = {
  outside: { fill: '#f1f3f6', stroke: '#57606a' },
  entry: { fill: '#fff8e6', stroke: '#8a5a00' },
  service: { fill: '#e6f0fa', stroke: '#0f4c81' },
  workload: { fill: '#ffffff', stroke: '#1b1f24' },
  configMap: { fill: '#f3f0fb', stroke: '#6639ba' },
  secret: { fill: '#fdf2f8', stroke: '#9a1b5c' },
  networkPolicy: { fill: '#eef7f0', stroke: '#1a7f37' },
};
const markColours: Record<SpanMark, string> = { foreign: '#9a3412', create: '#9a3412', allowed: '#1a7f37', blocked: '#b3261e', muted: '#57606a' };
/** A span marked `foreign` or `create` also gets a tinted ground, so it stands out at a glance and in print. */
const markGround: Partial<Record<SpanMark, string>> = { foreign: '#ffedd5', create: '#ffedd5' };
const edgeStyles: Record<EdgeRelation, { stroke: string; dash?: string }> = {
  exposes: { stroke: '#8a5a00' },
  routes: { stroke: '#8a5a00' },
  selects: { stroke: '#0f4c81' },
  mounts: { stroke: '#6e7781' },
  reads: { stroke: '#6e7781' },
  'pulls images with': { stroke: '#6e7781', dash: '6 4' },
  'names in its configuration': { stroke: '#6e7781', dash: '2 4' },
  'applies to': { stroke: '#1a7f37', dash: '4 3' },
};
const charWidth = pictureFont.size * pictureFont.advance;

/** The picture as a standalone SVG document: what the page shows and what "Download SVG" saves. */
export function renderPictureSvg(layout: PictureLayout, title: string): string {
  const { width, height } = layout;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(pictureFont.family)}" font-size="${pictureFont.size}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs>',
    ...Object.entries(edgeStyles).map(([relation, style]) => `<marker id="arrow-${markerId(relation)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${style.stroke}"/></marker>`),
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const edge of layout.edges) {
    if (edge.points.length < 2) continue;
    const style = edgeStyles[edge.relation];
    const d = smoothPath(edge.points);
    parts.push(`<path d="${d}" fill="none" stroke="${style.stroke}" stroke-width="1.4"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} marker-end="url(#arrow-${markerId(edge.relation)})" data-relation="${escapeXml(edge.relation)}"><title>${escapeXml(`${edge.from} ${edge.relation} ${edge.to}`)}</title></path>`);
  }
  for (const band of layout.bands) {
    parts.push(`<text x="${band.x}" y="${band.y + pictureFont.size}" font-weight="700" fill="#1b1f24">${escapeXml(band.title)}</text>`);
  }
  for (const laid of layout.nodes) parts.push(renderNode(laid));
  parts.push('</svg>');
  return parts.join('\n');
}

function renderNode(laid: LaidOutNode): string {
  const { node, x, y, width, height } = laid;
  const colours = nodeColours[node.kind];
  const label = `${node.objectKind} ${node.name}${node.userCreates ? ', you create this' : ''}`;
  const parts = [
    `<g data-node-id="${escapeXml(node.id)}" role="button" tabindex="0" aria-label="${escapeXml(label)}" transform="translate(${round(x)},${round(y)})">`,
    `<rect class="picture-node__box" width="${width}" height="${height}" rx="6" fill="${colours.fill}" stroke="${node.userCreates ? markColours.create : colours.stroke}" stroke-width="${node.userCreates ? 2.5 : 1.2}"${node.userCreates || !node.manifest ? ' stroke-dasharray="6 3"' : ''}/>`,
  ];
  let row = 0;
  const baseline = (index: number) => nodePadding + index * lineHeight + pictureFont.size;
  laid.heading.forEach((text, index) => {
    // The first heading lines say what the object is; the last is its name, in bold.
    const isName = index === laid.heading.length - 1;
    parts.push(`<text x="${nodePadding}" y="${baseline(row)}"${isName ? ' font-weight="700" fill="#1b1f24"' : ` fill="${markColours.muted}"`}>${escapeXml(text)}</text>`);
    row++;
  });
  for (const line of laid.lines) {
    let column = 0;
    for (const span of line) {
      const ground = span.mark ? markGround[span.mark] : undefined;
      if (ground && span.text.trim() !== '') parts.push(`<rect x="${round(nodePadding + column * charWidth - 2)}" y="${nodePadding + row * lineHeight + 1}" width="${round(span.text.length * charWidth + 4)}" height="${lineHeight - 1}" rx="3" fill="${ground}"/>`);
      column += span.text.length;
    }
    const spans = line.map((span) => (span.mark ? `<tspan fill="${markColours[span.mark]}"${span.mark === 'foreign' || span.mark === 'create' ? ' font-weight="700"' : ''}>${escapeXml(span.text)}</tspan>` : `<tspan>${escapeXml(span.text)}</tspan>`));
    parts.push(`<text x="${nodePadding}" y="${baseline(row)}" fill="#1b1f24" xml:space="preserve">${spans.join('')}</text>`);
    row++;
  }
  parts.push('</g>');
  return parts.join('');
}

/**
 * Dagre's bend points joined with the corners rounded: straight to the middle of each segment, a quadratic
 * curve through each bend. The curve stays within the bends' hull, so it stays clear of the boxes dagre kept
 * the bends away from.
 */
function smoothPath(points: readonly { x: number; y: number }[]): string {
  const at = (p: { x: number; y: number }) => `${round(p.x)},${round(p.y)}`;
  const middle = (a: { x: number; y: number }, b: { x: number; y: number }) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const parts = [`M${at(points[0]!)}`];
  if (points.length === 2) return `${parts[0]} L${at(points[1]!)}`;
  parts.push(`L${at(middle(points[0]!, points[1]!))}`);
  for (let i = 1; i < points.length - 1; i++) parts.push(`Q${at(points[i]!)} ${at(i === points.length - 2 ? points[i + 1]! : middle(points[i]!, points[i + 1]!))}`);
  return parts.join(' ');
}

function markerId(relation: string): string {
  return relation.replace(/\W+/g, '-');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Text from a chart goes into markup: every character that could end a text or an attribute is escaped. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
