import { downloadBlob } from '@/components/downloadText';

/**
 * Saves an SVG document as a PNG at twice its size (sharp on high-density screens and in print): the browser
 * draws the SVG onto a canvas from a blob URL, which the page's policy allows as an image source.
 */
export async function downloadPng(fileName: string, svg: string, width: number, height: number): Promise<void> {
  const scale = 2;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('the picture is too large for this browser to save as PNG');
    downloadBlob(fileName, png);
  } finally {
    URL.revokeObjectURL(url);
  }
}
