import { useEffect, useRef, useState } from 'react';
import type { PictureInput } from '@/core/deployment-picture/buildDeploymentPicture';
import type { DrawnPicture } from '@/core/deployment-picture/drawDeploymentPicture';
import type { PictureAnswer, PictureRequest } from './pictureWorkerProtocol';

/**
 * The picture of the given objects, drawn in a worker of its own that lives as long as the view. The worker
 * draws one input at a time; inputs that arrive meanwhile wait, and only the newest of them is drawn next, so
 * a burst of renders (typing) costs at most one stale drawing before the picture of the latest values, not
 * one drawing per render in turn. Undefined until the first answer.
 */
export function usePictureWorker(input: PictureInput | undefined, title: string): DrawnPicture | undefined {
  const [drawn, setDrawn] = useState<DrawnPicture>();
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);
  const drawing = useRef(false);
  const waiting = useRef<PictureRequest | undefined>(undefined);

  useEffect(() => {
    const started = new Worker(new URL('./deploymentPicture.worker.ts', import.meta.url), { type: 'module', name: 'deployment-picture' });
    started.onmessage = (event: MessageEvent<PictureAnswer>) => {
      if (event.data.id === latest.current) setDrawn(event.data.drawn);
      const next = waiting.current;
      waiting.current = undefined;
      drawing.current = next !== undefined;
      if (next) started.postMessage(next);
    };
    worker.current = started;
    return () => {
      started.terminate();
      worker.current = undefined;
      drawing.current = false;
      waiting.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (!input || !worker.current) return;
    latest.current += 1;
    const request: PictureRequest = { id: latest.current, input, title };
    if (drawing.current) {
      waiting.current = request;
      return;
    }
    drawing.current = true;
    worker.current.postMessage(request);
  }, [input, title]);

  return drawn;
}
