#!/usr/bin/env bash
# Checks the manifest the build writes (target/kubernetes/kubernetes.json, the same as kubernetes.yml):
# a Deployment of the service with its probes, configured from the Secret, and a Service in front of it.
# Usage: scripts/check-kubernetes.sh   (after mvn package or mvn verify)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - target/kubernetes/kubernetes.json <<'PY'
import json, sys
kinds = {d["kind"]: d for d in json.load(open(sys.argv[1]))}
problems = []
deployment, service = kinds.get("Deployment"), kinds.get("Service")
if not deployment or not service:
    sys.exit(f"FAIL: expected a Deployment and a Service, found {sorted(kinds)}")
container = deployment["spec"]["template"]["spec"]["containers"][0]
probes = {k: container.get(k, {}).get("httpGet", {}).get("path") for k in ("livenessProbe", "readinessProbe", "startupProbe")}
if probes != {"livenessProbe": "/q/health/live", "readinessProbe": "/q/health/ready", "startupProbe": "/q/health/started"}:
    problems.append(f"probes {probes}")
secrets = [e["secretRef"]["name"] for e in container.get("envFrom", []) if "secretRef" in e]
if secrets != ["talentradar-db"]:
    problems.append(f"envFrom secrets {secrets}")
if not container["image"].startswith("talentradar/talentradar:"):
    problems.append(f"image {container['image']}")
if deployment["spec"].get("replicas", 1) < 2:
    problems.append("fewer than 2 replicas")
if service["spec"]["ports"][0]["targetPort"] != 8080:
    problems.append(f"service port {service['spec']['ports']}")
if problems:
    sys.exit("FAIL: " + "; ".join(problems))
print(f"PASS: {', '.join(sorted(kinds))}; image {container['image']}; {deployment['spec']['replicas']} replicas; "
      f"probes {', '.join(probes.values())}; env from Secret {secrets[0]}")
PY
