import type { DeploymentPicture } from './DeploymentPicture';
import { buildDeploymentPicture, type PictureInput } from './buildDeploymentPicture';
import { layoutDeploymentPicture, type PictureLayout } from './layoutDeploymentPicture';
import { renderPictureSvg } from './renderPictureSvg';

export interface DrawnPicture {
  picture: DeploymentPicture;
  layout: PictureLayout;
  /** The picture as a standalone SVG document. */
  svg: string;
}

/** The rendered objects, as a picture: the model, where each box goes, and the SVG that draws it. */
export function drawDeploymentPicture(input: PictureInput, title: string): DrawnPicture {
  const picture = buildDeploymentPicture(input);
  const layout = layoutDeploymentPicture(picture);
  return { picture, layout, svg: renderPictureSvg(layout, title) };
}
