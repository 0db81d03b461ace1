import { createContext, useContext } from 'react';
import type { FormRuntime } from './createFormRuntime';

export const FormRuntimeContext = createContext<FormRuntime | null>(null);

export function useFormRuntime(): FormRuntime {
  const runtime = useContext(FormRuntimeContext);
  if (!runtime) throw new Error('the schema form needs a FormRuntimeContext above it');
  return runtime;
}
