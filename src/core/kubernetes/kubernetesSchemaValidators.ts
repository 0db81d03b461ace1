// The compiled validators of kubernetes-models, one per kind charts make. This module is the heavy part of
// the Kubernetes check and is only ever imported dynamically (see loadKubernetesSchemas).
import type { KubernetesSchemas, SchemaError, SchemaValidator } from './KubernetesSchemas';
import type { CheckedKind } from './checkedKinds';
import { PodMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor';
import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { validate as v0 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap';
import { validate as v1 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Secret';
import { validate as v2 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service';
import { validate as v3 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccount';
import { validate as v4 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Namespace';
import { validate as v5 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim';
import { validate as v6 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Pod';
import { validate as v7 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1LimitRange';
import { validate as v8 } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ResourceQuota';
import { validate as v9 } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment';
import { validate as v10 } from 'kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet';
import { validate as v11 } from 'kubernetes-models/_schemas/IoK8sApiAppsV1DaemonSet';
import { validate as v12 } from 'kubernetes-models/_schemas/IoK8sApiAppsV1ReplicaSet';
import { validate as v13 } from 'kubernetes-models/_schemas/IoK8sApiBatchV1Job';
import { validate as v14 } from 'kubernetes-models/_schemas/IoK8sApiBatchV1CronJob';
import { validate as v15 } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1NetworkPolicy';
import { validate as v16 } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress';
import { validate as v17 } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1IngressClass';
import { validate as v18 } from 'kubernetes-models/_schemas/IoK8sApiRbacV1Role';
import { validate as v19 } from 'kubernetes-models/_schemas/IoK8sApiRbacV1RoleBinding';
import { validate as v20 } from 'kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRole';
import { validate as v21 } from 'kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRoleBinding';
import { validate as v22 } from 'kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget';
import { validate as v23 } from 'kubernetes-models/_schemas/IoK8sApiAutoscalingV2HorizontalPodAutoscaler';
import { validate as v24 } from 'kubernetes-models/_schemas/IoK8sApiAutoscalingV1HorizontalPodAutoscaler';
import { validate as v25 } from 'kubernetes-models/_schemas/IoK8sKubeAggregatorPkgApisApiregistrationV1APIService';
import { validate as v26 } from 'kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration';
import { validate as v27 } from 'kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration';
import { validate as v28 } from 'kubernetes-models/_schemas/IoK8sApiSchedulingV1PriorityClass';
import { validate as v29 } from 'kubernetes-models/_schemas/IoK8sApiStorageV1StorageClass';

/** Each kind's validator by `apiVersion` and `kind`, as the object names them. */
const byKind: Record<CheckedKind, SchemaValidator> = {
  'v1 ConfigMap': v0 as SchemaValidator,
  'v1 Secret': v1 as SchemaValidator,
  'v1 Service': v2 as SchemaValidator,
  'v1 ServiceAccount': v3 as SchemaValidator,
  'v1 Namespace': v4 as SchemaValidator,
  'v1 PersistentVolumeClaim': v5 as SchemaValidator,
  'v1 Pod': v6 as SchemaValidator,
  'v1 LimitRange': v7 as SchemaValidator,
  'v1 ResourceQuota': v8 as SchemaValidator,
  'apps/v1 Deployment': v9 as SchemaValidator,
  'apps/v1 StatefulSet': v10 as SchemaValidator,
  'apps/v1 DaemonSet': v11 as SchemaValidator,
  'apps/v1 ReplicaSet': v12 as SchemaValidator,
  'batch/v1 Job': v13 as SchemaValidator,
  'batch/v1 CronJob': v14 as SchemaValidator,
  'networking.k8s.io/v1 NetworkPolicy': v15 as SchemaValidator,
  'networking.k8s.io/v1 Ingress': v16 as SchemaValidator,
  'networking.k8s.io/v1 IngressClass': v17 as SchemaValidator,
  'rbac.authorization.k8s.io/v1 Role': v18 as SchemaValidator,
  'rbac.authorization.k8s.io/v1 RoleBinding': v19 as SchemaValidator,
  'rbac.authorization.k8s.io/v1 ClusterRole': v20 as SchemaValidator,
  'rbac.authorization.k8s.io/v1 ClusterRoleBinding': v21 as SchemaValidator,
  'policy/v1 PodDisruptionBudget': v22 as SchemaValidator,
  'autoscaling/v2 HorizontalPodAutoscaler': v23 as SchemaValidator,
  'autoscaling/v1 HorizontalPodAutoscaler': v24 as SchemaValidator,
  'apiregistration.k8s.io/v1 APIService': v25 as SchemaValidator,
  'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration': v26 as SchemaValidator,
  'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration': v27 as SchemaValidator,
  'scheduling.k8s.io/v1 PriorityClass': v28 as SchemaValidator,
  'storage.k8s.io/v1 StorageClass': v29 as SchemaValidator,
  'monitoring.coreos.com/v1 ServiceMonitor': validatorOfModel(ServiceMonitor),
  'monitoring.coreos.com/v1 PodMonitor': validatorOfModel(PodMonitor),
  'monitoring.coreos.com/v1 PrometheusRule': validatorOfModel(PrometheusRule),
};

/** A model's `validate()` run on any object, as the other validators are: its compiled schema is not exported on its own. */
function validatorOfModel(model: { prototype: { validate(): void } }): SchemaValidator {
  const validator: SchemaValidator = (data) => {
    try {
      model.prototype.validate.call(data);
      validator.errors = null;
      return true;
    } catch (error) {
      // The model throws ajv's ValidationError, which carries the validator's errors.
      validator.errors = hasSchemaErrors(error) ? error.errors : [{ instancePath: '', keyword: 'type', params: {} }];
      return false;
    }
  };
  return validator;
}

function hasSchemaErrors(error: unknown): error is { errors: SchemaError[] } {
  return typeof error === 'object' && error !== null && Array.isArray((error as { errors?: unknown }).errors);
}

export const kubernetesSchemas: KubernetesSchemas = { validatorFor: (apiVersion, kind) => (Object.hasOwn(byKind, `${apiVersion} ${kind}`) ? byKind[`${apiVersion} ${kind}` as CheckedKind] : undefined) };
