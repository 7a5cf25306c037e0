#!/usr/bin/env bash
# Creates the project's environment on first use, then runs the given command inside it.
#
#   installer/bootstrap.sh app  [args…]   start CreditLedger (GUI, or a CLI command with args)
#   installer/bootstrap.sh test [args…]   lint, layering contracts and the whole test suite
#
# What it sets up, once (again only when pyproject.toml changes):
#   - .venv with the pinned dependencies (pip install -e ".[test]")
#   - compiled translations (resources/translations/*.qm)
#   - on Debian/Ubuntu as root: the system pieces Qt needs on a bare machine, and for the
#     tests a PostgreSQL server binary (the tests start their own throw-away server).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode="${1:-app}"
shift || true

say() { printf '\033[1m[creditledger]\033[0m %s\n' "$*" >&2; }

pick_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  say "需要 Python 3.11 或更高版本（Python >= 3.11 is required）。"; exit 1
}

apt_install() {
  # Installs missing Debian packages when we may (root, apt-get present); otherwise says what to run.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "安装系统组件：${missing[*]}"
    if [ ! -f /var/lib/apt/.creditledger-updated ] || [ -n "$(find /var/lib/apt/.creditledger-updated -mmin +720 2>/dev/null)" ]; then
      apt-get update -qq && touch /var/lib/apt/.creditledger-updated
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "缺少系统组件，请以管理员身份安装：apt-get install ${missing[*]}"
  fi
}

system_pieces() {
  command -v dpkg >/dev/null 2>&1 || return 0   # not Debian-like: nothing to do here
  # Qt's xcb platform plugin needs these two on a bare Debian 12 (see docs/INSTALL.md).
  apt_install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1
  if [ "$mode" = "test" ]; then
    apt_install postgresql openssl dovecot-imapd
  fi
}

ensure_venv() {
  local py stamp
  stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    py="$(pick_python)"
    [ -x .venv/bin/python ] || { say "创建 Python 环境 .venv"; "$py" -m venv .venv; }
    say "安装依赖（首次运行需要几分钟）"
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e ".[test]"
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
  # Translations are compiled from the .ts sources whenever they change.
  for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    fi
  done
}

system_pieces
ensure_venv

case "$mode" in
  app)
    exec .venv/bin/creditledger "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    say "ruff"
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    say "分层约束 import-linter"
    .venv/bin/lint-imports --no-cache
    say "pytest"
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    say "用法：installer/bootstrap.sh app|test [参数…]"; exit 2
    ;;
esac
