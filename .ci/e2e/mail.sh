#!/usr/bin/env bash
# Mail end to end: a notice and a ticket reply leave through a fake MTA (a script that keeps
# each message), a reader's answer piped to `intake mail` lands on the right ticket, a second
# delivery changes nothing, an oversized message is refused in one line, and the reply shows
# in the app.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
sock="rd-mail-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
export READERDESK_DB=$tmp/lib.sqlite READERDESK_NOW=2026-11-02T09:00:00+08:00 HOME=$tmp
export TZ=Asia/Shanghai LANG=C.UTF-8 READERDESK_LANG=en
unset NO_COLOR READERDESK_CONFIG XDG_CONFIG_HOME XDG_DATA_HOME
as() { local who=$1; shift; env USER="$who" READERDESK_AS="$who" "$bin" "$@"; }

mkdir -p "$tmp/out"
cat >"$tmp/sendmail" <<'SH'
#!/bin/sh
cat > "$(mktemp "$(dirname "$0")/out/msg.XXXXXX")"
SH
chmod +x "$tmp/sendmail"

as ci-admin init --admin ci-admin >/dev/null
as ci-admin staff add lib-phys --name "Lin" --role librarian >/dev/null
as ci-admin staff add mailer --name "Mail intake" --role intake >/dev/null
as ci-admin settings set mail.from help@lib.example.edu >/dev/null
as ci-admin settings set mail.reply_to desk@lib.example.edu >/dev/null
as ci-admin settings set mail.command "$tmp/sendmail -t -i" >/dev/null
as ci-admin settings set mail.max_bytes 20000 >/dev/null
as ci-admin reader add --card 2026001 --name 张三丰 --dept 物理学院 --email zs@example.edu >/dev/null
as ci-admin reader update 2026001 --consent email >/dev/null
as ci-admin reader add --card 2026002 --name "Li Si" --dept 物理学院 --email lisi@example.edu >/dev/null

# A dry run writes .eml files and records nothing; --send mails the consenting reader only.
as lib-phys outreach new --title "New: Web of Science" --dept 物理学院 --channel email --dry-run "$tmp/dry" \
  --mail-subject-zh "新数据库" --mail-body-zh "{name}，您好：{library} 已开通新数据库。" >/dev/null
[ "$(ls "$tmp/dry" | wc -l)" = 1 ] || { echo "mail: dry run wrote $(ls "$tmp/dry" | wc -l) files" >&2; exit 1; }
[ "$(ls "$tmp/out" | wc -l)" = 0 ] || { echo "mail: the dry run sent mail" >&2; exit 1; }
as lib-phys outreach new --title "New: Web of Science" --dept 物理学院 --channel email --send \
  --mail-subject-zh "新数据库" --mail-body-zh "{name}，您好：{library} 已开通新数据库。" >"$tmp/send.txt"
grep -q "mailed to 1 reader" "$tmp/send.txt" || { echo "mail: outreach said:" >&2; cat "$tmp/send.txt" >&2; exit 1; }
grep -q "left out: 1 readers" "$tmp/send.txt" || { echo "mail: the reader without consent was not counted" >&2; exit 1; }
as lib-phys outreach send 1 | grep -q "1 already sent before" || { echo "mail: a retry sent again" >&2; exit 1; }

id=$(as lib-phys ticket new --kind question --subject "校外访问" --card 2026001)
as lib-phys ticket comment "$id" "Internal: ask IT" --internal >/dev/null
as lib-phys ticket comment "$id" "请使用 VPN 客户端。" | grep -q "mailed to 1 reader"
[ "$(ls "$tmp/out" | wc -l)" = 2 ] || { echo "mail: expected 2 messages, got $(ls "$tmp/out" | wc -l)" >&2; exit 1; }
msgid=$(grep -h "^Message-ID:" $(ls -t "$tmp"/out/* | head -1) | sed 's/^Message-ID: *//; s/\r$//')

# The reader answers from a client that sends GB18030; the MTA pipes it in.
printf 'From: =?UTF-8?B?5byg5LiJ5Liw?= <zs@example.edu>\r\nTo: desk@lib.example.edu\r\nSubject: Re: reply\r\nMessage-ID: <answer-1@example.edu>\r\nIn-Reply-To: %s\r\nContent-Type: text/plain; charset=GB18030\r\n\r\n' "$msgid" >"$tmp/answer.eml"
printf '还是打不开' | iconv -f UTF-8 -t GB18030 >>"$tmp/answer.eml"
out=$(as mailer intake mail <"$tmp/answer.eml")
[ "$out" = "reply added to ticket #$id" ] || { echo "mail: intake said '$out'" >&2; exit 1; }
[ "$(as mailer intake mail <"$tmp/answer.eml")" = "already received: nothing to do" ]
as lib-phys ticket show "$id" --json | python3 -c '
import json,sys
t=json.load(sys.stdin)
bodies=[e["body"] for e in t["entries"]]
assert bodies[-1]=="还是打不开", bodies
assert sum(1 for e in t["entries"] if not e.get("internal")) == 2, t["entries"]'

# A new question from an unknown address; an oversized message is one line and exit 2.
printf 'From: someone@else.org\r\nSubject: Alumni card\r\nMessage-ID: <q2@else.org>\r\n\r\nHow do I renew?\r\n' | as mailer intake mail | grep -q "(sender unknown)"
head -c 30000 /dev/zero | tr '\0' 'x' | sed '1s/^/From: a@b.org\r\nSubject: big\r\n\r\n/' >"$tmp/big.eml"
if as mailer intake mail <"$tmp/big.eml" 2>"$tmp/err"; then echo "mail: oversized mail accepted" >&2; exit 1; fi
[ "$(wc -l <"$tmp/err")" = 1 ] || { echo "mail: refusal is not one line" >&2; cat "$tmp/err" >&2; exit 1; }
# A Maildir: each message in new/ is taken and moved to cur/; a refused one too, reported.
mkdir -p "$tmp/Maildir/new" "$tmp/Maildir/cur" "$tmp/Maildir/tmp"
printf 'From: zs@example.edu\r\nSubject: Study room booking\r\nMessage-ID: <md1@example.edu>\r\n\r\nCan I book room 3?\r\n' >"$tmp/Maildir/new/1.host"
printf 'garbage without headers' >"$tmp/Maildir/new/2.host"
as mailer intake maildir "$tmp/Maildir" >"$tmp/md.txt"
grep -q "^1.host: ticket #" "$tmp/md.txt" && grep -q "^2.host: refused: not a mail message" "$tmp/md.txt" \
  || { echo "mail: maildir said:" >&2; cat "$tmp/md.txt" >&2; exit 1; }
[ -z "$(ls "$tmp/Maildir/new")" ] && [ -e "$tmp/Maildir/cur/1.host:2,S" ] || { echo "mail: maildir messages not moved to cur/" >&2; exit 1; }
# The intake account can do nothing else.
if as mailer ticket new --kind question --subject x 2>/dev/null; then echo "mail: intake wrote a ticket by hand" >&2; exit 1; fi
if as mailer reader show 2026001 >/dev/null 2>&1; then echo "mail: intake read a profile" >&2; exit 1; fi

# A reusable answer: suggested by the subject, inserted and counted; the desk's statistics.
as lib-phys answer add --title "校外访问" --body-zh "请先连接 VPN。" --body "Connect the VPN first." --keywords 校外访问,VPN >/dev/null
as lib-phys answer list xwfw | grep -q "校外访问" || { echo "mail: answer not found by pinyin initials" >&2; exit 1; }
as lib-phys ticket show "$id" | grep -q "suggested answers" || { echo "mail: no suggested answer" >&2; exit 1; }
as lib-phys ticket comment "$id" --answer 1 | grep -q "mailed to 1 reader"
as lib-phys report desk --period 2026-11 --json | python3 -c '
import json,sys
r=json.load(sys.stdin)
assert r["answers_used"][0]["uses"]==1, r["answers_used"]
assert r["mail_received"]=={"reply":1,"ticket":2}, r["mail_received"]
assert r["tickets_by_channel"]=={"desk":1,"mail":2}, r["tickets_by_channel"]
assert sum(map(sum, r["heat"]))>=3, r["heat"]'
[ "$(as lib-phys report desk --period 2026-11 --csv | head -1 | tr -d '\r')" = "section,key,value" ]

# The reader's answer shows in the app's ticket view.
if command -v tmux >/dev/null; then
  screen() { tmux -L "$sock" capture-pane -p -t app; }
  wait_for() {
    for _ in $(seq 1 100); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
    echo "mail: '$1' never appeared in the app; the screen was:" >&2; screen >&2; exit 1
  }
  tmux -L "$sock" new-session -d -s app -x 120 -y 40 \
    "env USER=lib-phys READERDESK_AS=lib-phys READERDESK_DB='$READERDESK_DB' '$bin'; sleep 30"
  wait_for "Readers"
  tmux -L "$sock" send-keys -t app 3; wait_for "校外访问"
  tmux -L "$sock" send-keys -t app Enter; wait_for "还是打不开"
  tmux -L "$sock" send-keys -t app Escape q
fi
echo "mail: ok"
