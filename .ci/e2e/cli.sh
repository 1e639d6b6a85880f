#!/usr/bin/env bash
# The command line on a fresh database: the README's first command path, exit codes, JSON.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export READERDESK_DB=$tmp/lib.sqlite READERDESK_NOW=2026-11-02T09:00:00+08:00 HOME=$tmp READERDESK_AS=ci-admin
"$bin" init >/dev/null
mode=$(stat -c %a "$READERDESK_DB")
case "$mode" in 660|600) ;; *) echo "database mode is $mode, expected 660 or 600" >&2; exit 1 ;; esac
"$bin" service add NOVELTY --name "科技查新" --class premium --value 10 >/dev/null
"$bin" reader add --card 2026001 --name 张三丰 --type faculty --dept 物理学院 >/dev/null
found=$("$bin" reader search zsf --json)
echo "$found" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r[0]["card"]=="2026001", r'
id=$("$bin" ticket new --kind question --subject "Where is the thesis room?")
[ "$id" = "1" ] || { echo "ticket new printed '$id'" >&2; exit 1; }
if "$bin" contact log --card 2026001 --channel phone --cell 7 --summary x 2>"$tmp/err"; then
  echo "cell 7 was accepted" >&2; exit 1
fi
[ "$(wc -l <"$tmp/err")" = "1" ] || { echo "error is not one line" >&2; cat "$tmp/err" >&2; exit 1; }
"$bin" stats --json | python3 -c 'import json,sys; s=json.load(sys.stdin); assert s=={"readers":1,"staff":1,"services":1,"usage_events":0,"contacts":0,"tickets":1}, s'
echo "cli: ok"
