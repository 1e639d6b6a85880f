#!/usr/bin/env bash
# Today's plan under tmux (issue 12): a librarian opens the app, the matrix pane shows only
# their items, Enter opens the reader with the action on top, c + Ctrl-S completes it and it
# leaves the plan. The setup acts as the administrator, the app as the librarian (READERDESK_AS).
set -euo pipefail
bin=$1
name=tui-today
# shellcheck source=lib/tmux-app.sh
source "$(dirname "$0")/lib/tmux-app.sh"

"$bin" init >/dev/null
"$bin" staff add wangli --name 王丽 --role librarian --subjects 物理学院 >/dev/null
"$bin" staff add zhaomin --name 赵敏 --role librarian --subjects 化学学院 >/dev/null
"$bin" reader add --card E2E0001 --name 张三丰 --type faculty --dept 物理学院 >/dev/null
"$bin" reader add --card E2E0003 --name 欧阳娜娜 --type undergraduate --dept 化学学院 >/dev/null
# Complaints past their due time: an action for each reader's subject librarian.
READERDESK_NOW=2026-10-29T09:00:00+08:00 "$bin" ticket new --kind complaint --subject "CNKI will not open" --card E2E0001 >/dev/null
READERDESK_NOW=2026-10-29T09:00:00+08:00 "$bin" ticket new --kind complaint --subject "Too noisy" --card E2E0003 >/dev/null
READERDESK_AS=wangli "$bin" today | grep -qF 张三丰 || { echo "tui-today: wangli's plan lacks 张三丰" >&2; exit 1; }

tmux -L "$sock" -u new-session -d -s app -x 100 -y 30 \
  "env LANG=C.UTF-8 LC_ALL=C.UTF-8 READERDESK_AS=wangli READERDESK_DB='$READERDESK_DB' '$bin'; echo EXIT=\$? > '$tmp/status'; sleep 30"
wait_for "Readers · all readers"
keys 2; wait_for "Today · wangli"; wait_for "张三丰"
screen | grep -qF 欧阳娜娜 && fail "another librarian's reader is in wangli's plan"
keys Enter; wait_for "(a) Original record"; wait_for "c log the contact that completes it"
keys c; wait_for "张三丰"
keys -l 'Called back, CNKI works again'; keys C-s; wait_for "action done"
keys Escape; wait_for "Today · wangli"
wait_for "Nothing due today."
keys q
for _ in $(seq 1 100); do [ -s "$tmp/status" ] && break; sleep 0.1; done
status=$(cat "$tmp/status" 2>/dev/null || echo "EXIT=none")
[ "$status" = "EXIT=0" ] || fail "the app ended with $status"
echo "tui-today: ok"
