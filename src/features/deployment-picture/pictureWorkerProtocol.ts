import type { PictureInput } from '@/core/deployment-picture/buildDeploymentPicture';
import type { DrawnPicture } from '@/core/deployment-picture/drawDeploymentPicture';

/** The page asks for a picture of one set of rendered objects; the latest request is the one that counts. */
export interface PictureRequest {
  id: number;
  input: PictureInput;
  title: string;
}

export interface PictureAnswer {
  id: number;
  drawn: DrawnPicture;
}
