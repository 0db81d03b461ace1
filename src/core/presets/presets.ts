import type { Preset } from './Preset';
import { airGappedPreset } from './airGappedPreset';
import { productionPreset } from './productionPreset';
import { quickStartPreset } from './quickStartPreset';

/** In the order the "Start from" menu shows them. */
export const presets: readonly Preset[] = [quickStartPreset, productionPreset, airGappedPreset];
