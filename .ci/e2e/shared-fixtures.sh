#!/usr/bin/env bash
# An extra check when other people's sample files lie beside the checkout (../shared/fixtures):
# every one imports with --dry-run and exit 0. The tests never need them; they use Tests/Fixtures.
set -euo pipefail
bin=$1
shared="$(cd "$(dirname "$0")/../.." && pwd)/../shared/fixtures"
if [ ! -d "$shared" ]; then
  echo "shared-fixtures: no ../shared/fixtures beside the checkout, skipped"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export READERDESK_DB=$tmp/lib.sqlite READERDESK_NOW=2026-11-02T09:00:00+08:00 HOME=$tmp READERDESK_AS=ci-admin
"$bin" init >/dev/null
checked=0
for f in "$shared"/koha/*.csv "$shared"/counter/*.tsv "$shared"/counter/*.csv "$shared"/ezproxy/*.log; do
  [ -e "$f" ] || continue
  case "$f" in
    */koha/*) args=(import readers "$f" --format koha --default-type external --date-format us) ;;
    */counter/*) args=(import counter "$f") ;;
    */ezproxy/*) args=(import usage "$f" --format ezproxy) ;;
  esac
  if ! "$bin" "${args[@]}" --dry-run >"$tmp/out" 2>"$tmp/err"; then
    echo "shared-fixtures: ${args[*]} --dry-run failed:" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  checked=$((checked + 1))
done
echo "shared-fixtures: $checked files imported (dry run): ok"
