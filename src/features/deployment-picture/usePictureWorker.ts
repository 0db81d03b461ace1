import { useEffect, useRef, useState } from 'react';
import type { PictureInput } from '@/core/deployment-picture/buildDeploymentPicture';
import type { DrawnPicture } from '@/core/deployment-picture/drawDeploymentPicture';
import type { PictureAnswer, PictureRequest } from './pictureWorkerProtocol';

/**
 * The picture of the given objects, drawn in a worker of its own that lives as long as the view: each new
 * input is posted, and only the answer to the latest one is taken. Undefined until the first answer.
 */
export function usePictureWorker(input: PictureInput | undefined, title: string): DrawnPicture | undefined {
  const [drawn, setDrawn] = useState<DrawnPicture>();
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => {
    const started = new Worker(new URL('./deploymentPicture.worker.ts', import.meta.url), { type: 'module', name: 'deployment-picture' });
    started.onmessage = (event: MessageEvent<PictureAnswer>) => {
      if (event.data.id === latest.current) setDrawn(event.data.drawn);
    };
    worker.current = started;
    return () => {
      started.terminate();
      worker.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (!input || !worker.current) return;
    latest.current += 1;
    const request: PictureRequest = { id: latest.current, input, title };
    worker.current.postMessage(request);
  }, [input, title]);

  return drawn;
}
