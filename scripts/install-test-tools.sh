#!/usr/bin/env bash
# Installs (on Debian, as root) what `npm test` drives besides Node.js, each
# only when it is missing, and starts the machine's PostgreSQL:
#   awscli         Debian's AWS CLI v2 at /usr/bin/aws (end-to-end tests)
#   python3-boto3  boto3 for /usr/bin/python3 (end-to-end tests)
#   chromium       Debian's Chromium at /usr/bin/chromium (the console's browser tests)
#   iproute2       `ip netns` (the agent's network-namespace test)
#   postgresql     the store's tests on 127.0.0.1:5432 (user postgres, database test)
# .ci/run calls it; run it once on a new machine before `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
[ -x /usr/bin/aws ] || packages+=(awscli)
/usr/bin/python3 -c 'import boto3' >/dev/null 2>&1 || packages+=(python3-boto3)
[ -x /usr/bin/chromium ] || packages+=(chromium)
command -v ip >/dev/null 2>&1 || [ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || packages+=(iproute2)
command -v pg_ctlcluster >/dev/null 2>&1 || [ -n "$(ls /etc/postgresql 2>/dev/null)" ] ||
  packages+=(postgresql)
if [ ${#packages[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-tools: missing ${packages[*]}, and this is not a Debian machine (no apt-get)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

bash scripts/pg-up.sh
