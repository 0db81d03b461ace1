/** One error of a compiled JSON Schema validator (ajv's shape, as kubernetes-models generates them). */
export interface SchemaError {
  /** JSON Pointer into the object. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A validator compiled from one Kubernetes API definition; after a call, `errors` holds what failed. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** The API schemas of Kubernetes' own kinds; undefined for a kind the studio has no schema of. */
export interface KubernetesSchemas {
  validatorFor(apiVersion: string, kind: string): SchemaValidator | undefined;
}
