// The worker thread that holds Helm's engine for startHelmEngineHost, when it runs from the TypeScript sources.
// Plain JavaScript that registers tsx itself, because a worker thread does not inherit the TypeScript loader of
// the thread that started it. The built command line bundles helmEngineThread.ts instead and needs no tsx.
import { register } from 'tsx/esm/api';

register();
await import('./helmEngineThread.ts');
