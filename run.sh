#!/usr/bin/env bash
# Start CreditLedger (creates its environment on first use). Arguments go to the app, e.g. ./run.sh demo /tmp/demo
exec "$(dirname "$0")/installer/bootstrap.sh" app "$@"
