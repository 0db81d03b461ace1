import dagre from '@dagrejs/dagre';
import type { DeploymentPicture, EdgeRelation, PictureLine, PictureNode, PictureNodeKind, PictureSpan } from './DeploymentPicture';

/**
 * Text is set in a monospace font, so a line's width follows from its length: no text measuring, the same
 * numbers in the page, in a test and in an exported file. The advance of common monospace fonts is 0.6 em;
 * a little more is allowed so that no font overflows its box.
 */
export const pictureFont = { size: 12, family: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace', advance: 0.64 } as const;
const charWidth = pictureFont.size * pictureFont.advance;
export const lineHeight = 16;
export const nodePadding = 8;
/** Longer lines are wrapped at spaces (or cut where a word alone is longer), so no box grows wider than this. */
const maxChars = 46;
const gap = { nodes: 22, ranks: 90, band: 40 };

export interface LaidOutNode {
  node: PictureNode;
  /** The top-left corner and size, in the picture's units (px at 100 %). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The node's text, wrapped: the heading (kind, name), then its lines. */
  heading: string[];
  lines: PictureLine[];
}

interface LaidOutEdge {
  from: string;
  to: string;
  relation: EdgeRelation;
  points: { x: number; y: number }[];
}

interface PictureBand {
  /** What the nodes of the band have in common: "Network policies for every pod in cra-agent". */
  title: string;
  x: number;
  y: number;
}

export interface PictureLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  bands: PictureBand[];
}

/** The order kinds are read in, left to right: how traffic arrives, what runs, what it reads. */
const kindOrder: PictureNodeKind[] = ['outside', 'entry', 'service', 'networkPolicy', 'workload', 'configMap', 'secret'];

/**
 * Places the picture: the connected objects laid out left to right by dagre (callers, entry points, Services,
 * workloads, then what they read), and the objects that connect to nothing drawn (a policy for every pod, a
 * ConfigMap nobody mounts) in bands below, one per kind, wrapped into rows. Boxes are sized to their text.
 */
export function layoutDeploymentPicture(picture: DeploymentPicture): PictureLayout {
  // Workloads are what the picture is about: they are laid out with the rest even when nothing points at them.
  const connected = new Set([...picture.edges.flatMap((edge) => [edge.from, edge.to]), ...picture.nodes.filter((node) => node.kind === 'workload').map((node) => node.id)]);
  const sized = new Map(picture.nodes.map((node) => [node.id, sizeNode(node)]));
  const graph = new dagre.graphlib.Graph<{ rankdir: 'LR'; nodesep: number; ranksep: number; edgesep: number; marginx: number; marginy: number }, { width: number; height: number; x?: number; y?: number }, { points?: { x: number; y: number }[] }>({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: gap.nodes, ranksep: gap.ranks, edgesep: 12, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ordered = [...picture.nodes].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  for (const node of ordered) {
    if (!connected.has(node.id)) continue;
    const size = sized.get(node.id)!;
    graph.setNode(node.id, { width: size.width, height: size.height });
  }
  picture.edges.forEach((edge, index) => graph.setEdge(edge.from, edge.to, {}, `${index}`));
  dagre.layout(graph);

  const nodes: LaidOutNode[] = [];
  let right = 0;
  let bottom = 0;
  for (const node of ordered) {
    if (!connected.has(node.id)) continue;
    const placed = graph.node(node.id);
    const size = sized.get(node.id)!;
    const x = (placed.x ?? 0) - size.width / 2;
    const y = (placed.y ?? 0) - size.height / 2;
    nodes.push({ ...size, node, x, y });
    right = Math.max(right, x + size.width);
    bottom = Math.max(bottom, y + size.height);
  }
  const edges: LaidOutEdge[] = picture.edges.map((edge, index) => ({ ...edge, points: graph.edge(edge.from, edge.to, `${index}`)?.points ?? [] }));

  // The unconnected objects, in bands of one kind (and, for policies, one namespace) each.
  const rowWidth = Math.max(right, 1100);
  const bands: PictureBand[] = [];
  let top = nodes.length > 0 ? bottom + gap.band : 16;
  for (const [title, members] of unconnectedBands(ordered.filter((node) => !connected.has(node.id)))) {
    bands.push({ title, x: 16, y: top });
    let x = 16;
    let y = top + lineHeight + 6;
    let rowHeight = 0;
    for (const node of members) {
      const size = sized.get(node.id)!;
      if (x > 16 && x + size.width > rowWidth) {
        x = 16;
        y += rowHeight + gap.nodes;
        rowHeight = 0;
      }
      nodes.push({ ...size, node, x, y });
      x += size.width + gap.nodes;
      rowHeight = Math.max(rowHeight, size.height);
      right = Math.max(right, x);
    }
    top = y + rowHeight + gap.band;
  }
  const height = Math.max(bottom + 16, top - gap.band + 16);
  return { width: Math.ceil(Math.max(right + 16, 200)), height: Math.ceil(height), nodes, edges, bands };
}

function unconnectedBands(nodes: readonly PictureNode[]): [string, PictureNode[]][] {
  const bands = new Map<string, PictureNode[]>();
  for (const node of nodes) {
    const title = bandTitle(node);
    bands.set(title, [...(bands.get(title) ?? []), node]);
  }
  return [...bands];
}

function bandTitle(node: PictureNode): string {
  switch (node.kind) {
    case 'networkPolicy':
      return node.everyPod ? `Network policies for every pod in ${node.namespace}` : `Network policies in ${node.namespace} for pods this chart does not run`;
    case 'configMap':
      return 'ConfigMaps no workload here mounts or reads';
    case 'secret':
      return 'Secrets no workload here mounts or reads';
    default:
      return 'Other objects';
  }
}

/** The heading of a node: what it is (with the add-on that makes it), then its name. */
function nodeHeading(node: PictureNode): string[] {
  const what = `${node.objectKind}${node.addOn ? ` · add-on ${node.addOn}` : ''}${node.userCreates ? ' · not in the chart' : ''}`;
  return [...wrapText(what, maxChars), ...wrapText(node.name, maxChars)];
}

function sizeNode(node: PictureNode): Omit<LaidOutNode, 'node' | 'x' | 'y'> {
  const heading = nodeHeading(node);
  const lines = node.lines.flatMap((line) => wrapLine(line, maxChars));
  const longest = Math.max(...heading.map((text) => text.length), ...lines.map(lineLength), 8);
  return { heading, lines, width: Math.ceil(longest * charWidth + 2 * nodePadding), height: (heading.length + lines.length) * lineHeight + 2 * nodePadding };
}

const lineLength = (line: PictureLine) => line.reduce((sum, span) => sum + span.text.length, 0);

/** Plain text wrapped at spaces into lines of at most `width` characters; a longer word is cut. */
function wrapText(text: string, width: number): string[] {
  return wrapLine([{ text }], width).map((line) => line.map((span) => span.text).join(''));
}

/**
 * A line of spans wrapped at spaces into lines of at most `width` characters, each span keeping its mark.
 * A word longer than a line is cut into pieces; continuation lines are indented by two spaces.
 */
function wrapLine(line: PictureLine, width: number): PictureLine[] {
  const words: PictureSpan[] = line.flatMap((span) => (span.text.match(/\S+\s*|\s+/g) ?? []).map((text) => ({ ...span, text })));
  const lines: PictureLine[] = [];
  let current: PictureSpan[] = [];
  let length = 0;
  const push = (span: PictureSpan) => {
    const last = current[current.length - 1];
    if (last && last.mark === span.mark) current[current.length - 1] = { ...last, text: last.text + span.text };
    else current.push(span);
    length += span.text.length;
  };
  const breakLine = () => {
    lines.push(trimEnd(current));
    current = [{ text: '  ' }];
    length = 2;
  };
  for (const word of words) {
    const visible = word.text.trimEnd().length;
    if (length + visible > width && length > (lines.length === 0 ? 0 : 2)) breakLine();
    let rest = word;
    while (length + rest.text.trimEnd().length > width) {
      const room = width - length;
      push({ ...rest, text: rest.text.slice(0, room) });
      rest = { ...rest, text: rest.text.slice(room) };
      breakLine();
    }
    push(rest);
  }
  if (current.length > 0 && lineLength(current) > (lines.length === 0 ? 0 : 2)) lines.push(trimEnd(current));
  return lines.length > 0 ? lines : [[{ text: '' }]];
}

function trimEnd(line: PictureSpan[]): PictureLine {
  const copy = line.map((span) => ({ ...span }));
  while (copy.length > 0) {
    const last = copy[copy.length - 1]!;
    last.text = last.text.trimEnd();
    if (last.text !== '') break;
    copy.pop();
  }
  return copy.filter((span) => span.text !== '' || span.mark !== undefined);
}
