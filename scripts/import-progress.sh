#!/usr/bin/env bash
# Draws an import job's progress until it ends, then prints its outcome.
# Usage: scripts/import-progress.sh <job URL, the Location of POST /api/v1/imports> <API key>
set -euo pipefail
url=$1 key=$2
while true; do
  job=$(curl -sf -H "X-API-Key: $key" "$url")
  read -r state total read written rejected < <(jq -r '"\(.state) \(.totalRows) \(.rowsRead) \(.rowsWritten) \(.rowsRejected)"' <<<"$job")
  width=40 done=$(( total > 0 ? read * 40 / total : 40 ))
  bar=$(printf '%*s' "$done" '' | tr ' ' '#')$(printf '%*s' $(( width - done )) '' | tr ' ' '.')
  printf '\r%-9s [%s] %d of %d rows read, %d written, %d rejected' "$state" "$bar" "$read" "$total" "$written" "$rejected" >&2
  case $state in QUEUED|RUNNING) sleep 0.5 ;; *) echo >&2; break ;; esac
done
[ "$state" = SUCCEEDED ]
