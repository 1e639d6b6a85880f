#!/usr/bin/env bash
# The shared-server model proved with real accounts (README "A shared server"): a service account
# owns the database, the binary is installed set-user-id to it, and staff and an outsider try what
# the issue says they could do before. Needs root (CI is); removes everything it made.
set -euo pipefail
bin=$1

if [ "$(id -u)" -ne 0 ]; then echo "shared-server: skipped: not root"; exit 0; fi
for tool in useradd userdel runuser sqlite3 install; do
  command -v "$tool" >/dev/null || { echo "shared-server: skipped: no $tool"; exit 0; }
done
if [ -e /etc/readerdesk ]; then echo "shared-server: skipped: /etc/readerdesk exists (a real install?)"; exit 0; fi

tag="rdt$$"
svc="$tag-svc" adm="$tag-adm" lib="$tag-lib" desk="$tag-desk" out="$tag-out"
prefix=$(mktemp -d /tmp/rdtest-XXXXXX)
made_users=()
cleanup() {
  for u in "${made_users[@]}"; do userdel "$u" 2>/dev/null || true; done
  rm -rf "$prefix" /etc/readerdesk
}
trap cleanup EXIT

fail() { echo "shared-server: FAILED: $*" >&2; exit 1; }
# Runs as a login with a clean environment plus the given VAR=value words.
as() { local u=$1; shift; runuser -u "$u" -- env -i PATH=/usr/bin:/bin HOME=/nonexistent LANG=C.UTF-8 TZ=Asia/Shanghai "$@"; }
# Expects failure, and the message (stdout+stderr) to contain $2.
refused() {
  local what=$1 want=$2; shift 2
  local output
  if output=$("$@" 2>&1); then fail "$what: succeeded: $output"; fi
  case "$output" in *"$want"*) ;; *) fail "$what: said '$output', not '$want'";; esac
}

useradd --system --no-create-home --shell /usr/sbin/nologin "$svc"; made_users+=("$svc")
for u in "$adm" "$lib" "$desk" "$out"; do useradd --no-create-home --shell /bin/sh "$u"; made_users+=("$u"); done

# The install, as the README gives it.
chmod 755 "$prefix"
install -d -m 755 "$prefix/bin"
install -o "$svc" -m 4755 "$bin" "$prefix/bin/readerdesk"
rd="$prefix/bin/readerdesk"
install -d -o "$svc" -m 700 "$prefix/data"
db="$prefix/data/library.sqlite"
install -d -m 755 /etc/readerdesk
printf 'database = "%s"   # the shared library\n' "$db" > /etc/readerdesk/config.toml
chmod 644 /etc/readerdesk/config.toml

# The service account makes the database (not set-id: it is the owner) and names the first admin.
runuser -u "$svc" -- env -i PATH=/usr/bin:/bin "$rd" init --admin "$adm" >/dev/null
as "$adm" "$rd" staff add "$lib" --name Librarian --role librarian >/dev/null
as "$adm" "$rd" staff add "$desk" --name "Front desk" --role front-desk >/dev/null
as "$adm" "$rd" reader add --card 2026777 --name 欧阳锋 --email ouyangfeng@baituo.example --phone 13912345678 >/dev/null
as "$desk" "$rd" reader show 2026777 >/dev/null || fail "a front-desk login cannot use the set-user-id binary"
[ "$(stat -c '%U %a' "$db")" = "$svc 600" ] || fail "database is $(stat -c '%U %a' "$db")"
checked=$("$rd" server check --account "$svc") || fail "server check: $checked"

chmod 644 "$db"
refused "server check on a readable database" "open to group or others" "$rd" server check --account "$svc"
chmod 600 "$db"
refused "a librarian exports personal data" "administrators" as "$lib" "$rd" export readers --include-pii

# Identity is the kernel's: USER/LOGNAME name nobody; READERDESK_AS and READERDESK_NOW are refused.
refused "USER spoofed to an administrator" "administrators" \
  as "$desk" USER="$adm" LOGNAME="$adm" "$rd" export readers --include-pii
refused "READERDESK_AS under set-id" "READERDESK_AS" as "$desk" READERDESK_AS="$adm" "$rd" stats
refused "READERDESK_NOW under set-id" "READERDESK_NOW" \
  as "$adm" READERDESK_NOW=2019-06-01T09:00:00+08:00 "$rd" contact log --card 2026777 --channel phone --summary x
as "$desk" "$rd" contact log --card 2026777 --channel phone --summary "called back" >/dev/null
log=$(as "$adm" "$rd" audit --staff "$desk")
case "$log" in *contact.log*) ;; *) fail "the contact is not audited as the front-desk login: $log";; esac
# The Swift runtime would load a library named by the caller, as the service account: not here.
loaded=$(as "$desk" SWIFT_DEBUG_ENABLE_LIB_PRESPECIALIZED_LOGGING=1 SWIFT_DEBUG_LIB_PRESPECIALIZED_PATH="/tmp/$tag-evil.so" \
  ICU_DATA="/tmp/$tag-icu" "$rd" stats 2>&1) || fail "stats with a hostile environment: $loaded"
case "$loaded" in *prespecializ*) fail "the runtime read the caller's SWIFT_DEBUG_* variables: $loaded";; esac
ignored=$(as "$desk" READERDESK_DB=/tmp/elsewhere.sqlite "$rd" --db /tmp/x.sqlite stats 2>&1) || fail "stats: $ignored"
case "$ignored" in *"ignored"*) ;; *) fail "--db under set-id was not said to be ignored: $ignored";; esac

# Staff reach the data only through ReaderDesk.
for u in "$adm" "$desk"; do
  refused "$u reads the file" "Permission denied" as "$u" cat "$db"
  refused "$u copies the file" "Permission denied" as "$u" cp "$db" /tmp/"$tag"-copy
  refused "$u renames the file" "Permission denied" as "$u" mv "$db" "$db.x"
  refused "$u deletes the file" "Permission denied" as "$u" rm -f "$db"
  refused "$u opens it with sqlite3" "unable to open" as "$u" sqlite3 "$db" "SELECT count(*) FROM reader"
done
refused "an outsider" "not on ReaderDesk's staff list" as "$out" "$rd" stats
refused "an outsider's init" "does not create databases" as "$out" "$rd" init --admin "$out"

# backup: an outsider's -wal planted in a shared folder receives nothing; the copy is the admin's alone.
install -d -m 1777 "$prefix/share"
as "$out" sh -c "touch '$prefix/share/copy.sqlite-wal' '$prefix/share/copy.sqlite-journal'; chmod 666 '$prefix/share/copy.sqlite-wal' '$prefix/share/copy.sqlite-journal'"
head=$(as "$adm" "$rd" backup "$prefix/share/copy.sqlite") || fail "backup: $head"
case "$head" in *"audit chain head #"*) ;; *) fail "backup printed no chain head: $head";; esac
[ ! -s "$prefix/share/copy.sqlite-wal" ] || fail "the planted -wal received data"
[ ! -s "$prefix/share/copy.sqlite-journal" ] || fail "the planted -journal received data"
[ "$(stat -c '%U %a' "$prefix/share/copy.sqlite")" = "$adm 600" ] || fail "backup is $(stat -c '%U %a' "$prefix/share/copy.sqlite")"
left=$(ls -A "$prefix/share" | tr '\n' ' ')
[ "$left" = "copy.sqlite copy.sqlite-journal copy.sqlite-wal " ] || fail "backup left behind: $left"
[ -z "$(ls -A "$prefix/data" | grep -v '^library.sqlite')" ] || fail "backup left behind in the data folder: $(ls -A "$prefix/data")"
refused "the outsider reads the backup" "Permission denied" as "$out" cat "$prefix/share/copy.sqlite"
refused "a backup over an existing file" "already exists" as "$adm" "$rd" backup "$prefix/share/copy.sqlite"
refused "a backup where the admin may not write" "cannot" as "$adm" "$rd" backup "$prefix/data/evil.sqlite"

# Files an administrator names and the MTA they configure get the administrator's rights, not the service account's.
printf '#!/bin/sh\nid -un > "%s/share/mta-user"\ncat >/dev/null\n' "$prefix" > "$prefix/bin/mta"
chmod 755 "$prefix/bin/mta"
echo 2026777 > "$prefix/share/cards.txt"
as "$adm" "$rd" settings set mail.from library@example.edu >/dev/null
as "$adm" "$rd" settings set mail.command "$prefix/bin/mta" >/dev/null
as "$adm" "$rd" reader update 2026777 --consent email >/dev/null
as "$adm" "$rd" outreach new --title "New database" --cards "$prefix/share/cards.txt" --channel email --send >/dev/null \
  || fail "outreach --send"
as "$adm" "$rd" outreach new --title "Call" --cards "$prefix/share/cards.txt" --channel phone \
  --out "$prefix/share/recipients.csv" >/dev/null || fail "outreach --out"
[ "$(cat "$prefix/share/mta-user")" = "$adm" ] || fail "the MTA ran as $(cat "$prefix/share/mta-user"), not $adm"
[ "$(stat -c '%U %a' "$prefix/share/recipients.csv")" = "$adm 600" ] || fail "recipients are $(stat -c '%U %a' "$prefix/share/recipients.csv")"
as "$out" sh -c "echo 2026777 > '$prefix/share/mine.txt'; chmod 600 '$prefix/share/mine.txt'"
refused "reading another's file through readerdesk" "Permission denied" \
  as "$adm" "$rd" outreach new --title x --cards "$prefix/share/mine.txt" --channel phone

# forget under a concurrent reader fails loudly, changing nothing; once it ends, forget erases.
(echo "BEGIN; SELECT count(*) FROM reader;"; sleep 8; echo "COMMIT;") | runuser -u "$svc" -- sqlite3 "$db" >/dev/null &
reader=$!
sleep 1
refused "forget under an open reader" "nothing was changed" as "$adm" "$rd" privacy forget 2026777 --wait 2
as "$adm" "$rd" reader show 2026777 | grep -q 欧阳锋 || fail "a refused forget changed the reader"
wait "$reader"
as "$adm" "$rd" privacy forget 2026777 --wait 5 >/dev/null
for secret in 欧阳锋 ouyangfeng 13912345678 2026777; do
  if cat "$db" "$db-wal" 2>/dev/null | grep -aq "$secret"; then fail "forget left '$secret' in the file"; fi
done

# The audit chain: intact, then an edit made by root with sqlite3 is found and named.
as "$adm" "$rd" audit verify >/dev/null || fail "audit verify on an untouched log"
sqlite3 "$db" "DROP TRIGGER audit_no_update; UPDATE audit SET login = 'nobody' WHERE id = 3;"
chown "$svc" "$db"* 2>/dev/null || true
refused "audit verify after root's edit" "row #3" as "$adm" "$rd" audit verify

echo "shared-server: ok"
