import { drawDeploymentPicture } from '@/core/deployment-picture/drawDeploymentPicture';
import type { PictureAnswer, PictureRequest } from './pictureWorkerProtocol';

/** The worker's own global scope (the project's types describe a window). */
const scope = self as unknown as { postMessage(message: PictureAnswer): void; onmessage: ((event: MessageEvent<PictureRequest>) => void) | null };

// Reading a few hundred objects and laying out the graph takes tens of milliseconds: here, never on the page's thread.
scope.onmessage = (event) => scope.postMessage({ id: event.data.id, drawn: drawDeploymentPicture(event.data.input, event.data.title) });
