#!/usr/bin/env bash
# The app's forms under tmux: find a reader by pinyin initials, open the profile, log a contact
# typed in Chinese, see a ticket made by another process appear, claim it, create one.
set -euo pipefail
bin=$1
name=tui-forms
# shellcheck source=lib/tmux-app.sh
source "$(dirname "$0")/lib/tmux-app.sh"

"$bin" init >/dev/null
"$bin" reader add --card E2E0001 --name 张三丰 --type faculty --dept 物理学院 >/dev/null
"$bin" reader add --card E2E0002 --name "Li Wei" --type postgraduate --dept Physics >/dev/null
"$bin" ticket new --kind complaint --subject "CNKI will not open" --card E2E0001 >/dev/null


tmux -L "$sock" -u new-session -d -s app -x 100 -y 30 \
  "env LANG=C.UTF-8 LC_ALL=C.UTF-8 READERDESK_DB='$READERDESK_DB' '$bin'; echo EXIT=\$? > '$tmp/status'; sleep 30"
wait_for "Readers · all readers"

# Find 张三丰 by the initials of his pinyin, open the profile, log a contact in Chinese.
keys /; keys -l zsf; wait_for "Search: zsf"; wait_for "张三丰"
keys Enter; wait_for "(a) Original record"
keys c; wait_for "Log a contact with 张三丰"
keys -l '电话回访，借阅论文'; wait_for "电话回访，借阅论文"
keys Tab; keys -l p; keys Tab; keys -l 2; keys C-s
wait_for "Contact with 张三丰 logged"
"$bin" contact list --card E2E0001 | grep -qF "电话回访，借阅论文" || fail "the contact is not in the database"
"$bin" contact list --card E2E0001 | grep -qF "phone" || fail "the contact's channel is not phone"

# A ticket made by another process shows within the poll, then is claimed from the queue.
keys Escape; keys Escape; keys 3; wait_for "CNKI will not open"
id=$("$bin" ticket new --kind fault --priority urgent --subject "Printer jammed on floor 2")
wait_for "Printer jammed on floor 2"
keys g; keys a; wait_for "Ticket #$id is yours"
"$bin" ticket show "$id" | grep -qE "ci-admin" || fail "ticket #$id was not assigned to ci-admin"

# A new ticket from the keyboard: a subject alone makes a normal question.
keys n; wait_for "New ticket"
keys -l '自助借还机故障'; keys C-s
wait_for "created"
"$bin" ticket list | grep -F "自助借还机故障" | grep -qF question || fail "the new ticket is not a question in the queue"

keys q
for _ in $(seq 1 100); do [ -s "$tmp/status" ] && break; sleep 0.1; done
status=$(cat "$tmp/status" 2>/dev/null || echo "EXIT=none")
[ "$status" = "EXIT=0" ] || fail "the app ended with $status"
echo "tui-forms: ok"
