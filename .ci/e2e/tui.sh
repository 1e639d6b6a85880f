#!/usr/bin/env bash
# The full-screen app under tmux: start on a small library, switch panes, search, open a
# profile, resize (wide, too small, back), quit with q and status 0.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
sock="rd-e2e-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
export READERDESK_DB=$tmp/lib.sqlite READERDESK_NOW=2026-11-02T09:00:00+08:00 HOME=$tmp READERDESK_AS=ci-admin
export TZ=Asia/Shanghai LANG=C.UTF-8 READERDESK_LANG=en
unset NO_COLOR READERDESK_CONFIG XDG_CONFIG_HOME XDG_DATA_HOME

"$bin" init >/dev/null
if "$bin" --help | grep -qE "^ +demo( |$)"; then
  "$bin" demo --readers 300 --months 6 >/dev/null
fi
"$bin" service add NOVELTY --name 科技查新 --class premium --value 10 >/dev/null 2>&1 || true
"$bin" reader add --card E2E0001 --name 张三丰 --type faculty --dept 物理学院 >/dev/null
"$bin" reader add --card E2E0002 --name "Li Wei" --type postgraduate --dept Physics >/dev/null
"$bin" ticket new --kind complaint --subject "CNKI will not open" --card E2E0001 >/dev/null

screen() { tmux -L "$sock" capture-pane -p -t app; }
# Polls the screen for up to 10 s: CI machines are slow.
wait_for() {
  for _ in $(seq 1 100); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "tui: '$1' never appeared; the screen was:" >&2
  screen >&2
  exit 1
}
keys() { tmux -L "$sock" send-keys -t app "$@"; }

tmux -L "$sock" new-session -d -s app -x 100 -y 30 \
  "env READERDESK_DB='$READERDESK_DB' '$bin'; echo EXIT=\$? > '$tmp/status'; sleep 30"
wait_for "Readers · all readers"
wait_for "Card"
keys 3; wait_for "Tickets · 1/"
wait_for "CNKI will not open"
keys 2; wait_for "Today · "
keys Escape; wait_for "Remind"
keys Tab; wait_for "status open"
keys 1; keys /; keys -l zsf; wait_for "Search: zsf"
keys Enter; wait_for "(a) Original record"
keys G; wait_for "7P summary"
keys Escape; keys Escape; wait_for "Readers · all readers"
tmux -L "$sock" resize-window -t app -x 180 -y 50
wait_for "Care"; screen | grep -qF "Tickets · " || { echo "tui: not three panes at 180 columns" >&2; screen >&2; exit 1; }
tmux -L "$sock" resize-window -t app -x 50 -y 14
wait_for "Terminal too small"
tmux -L "$sock" resize-window -t app -x 100 -y 30
wait_for "Readers · all readers"
keys '?'; wait_for "Quit"
keys Escape; keys q
for _ in $(seq 1 100); do [ -s "$tmp/status" ] && break; sleep 0.1; done
status=$(cat "$tmp/status" 2>/dev/null || echo "EXIT=none")
[ "$status" = "EXIT=0" ] || { echo "tui: the app ended with $status" >&2; screen >&2; exit 1; }
echo "tui: ok"
