// Types for Go's wasm_exec.js (copied beside this file by npm run build:engine), which defines globalThis.Go.
declare global {
  class Go {
    importObject: WebAssembly.Imports;
    exited: boolean;
    run(instance: WebAssembly.Instance): Promise<void>;
  }
}
export {};
