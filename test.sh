#!/usr/bin/env bash
# Lint, layering contracts and the whole test suite (creates the environment on first use).
exec "$(dirname "$0")/installer/bootstrap.sh" test "$@"
