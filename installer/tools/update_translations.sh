#!/usr/bin/env bash
# Refreshes the English translation source from the UI code, then checks that it compiles.
#
#   installer/tools/update_translations.sh
#
# - Extracts every self.tr("…") from views/**/*.py into resources/translations/creditledger_en.ts
#   (source language zh_CN, target en_US). Existing translations are kept; strings that vanished
#   from the code are dropped (-no-obsolete); new strings appear as "unfinished".
# - Compiles the result with lrelease into a temporary file and prints its statistics, so you see
#   how many messages still need translating. Translate them with Qt Linguist:
#       .venv/bin/pyside6-linguist resources/translations/creditledger_en.ts
# The .qm the application loads is built by installer/bootstrap.sh (it is git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

bin=".venv/bin"
for tool in pyside6-lupdate pyside6-lrelease; do
  if [ ! -x "$bin/$tool" ]; then
    echo "missing $bin/$tool — run installer/bootstrap.sh first" >&2
    exit 1
  fi
done

ts="resources/translations/creditledger_en.ts"
mkdir -p "$(dirname "$ts")"

sources=()
while IFS= read -r -d '' file; do
  sources+=("$file")
done < <(find views -name __pycache__ -prune -o -type f -name '*.py' -print0 | LC_ALL=C sort -z)
if [ ${#sources[@]} -eq 0 ]; then
  echo "no Python sources found under views/" >&2
  exit 1
fi

"$bin/pyside6-lupdate" -no-obsolete -locations absolute \
  -source-language zh_CN -target-language en_US \
  "${sources[@]}" -ts "$ts"

check="$(mktemp -d)"
trap 'rm -rf "$check"' EXIT
"$bin/pyside6-lrelease" "$ts" -qm "$check/creditledger_en.qm"
