#!/usr/bin/env bash
# The benchmark at a small size, so it cannot rot: it runs, prints one JSON object, and every
# figure's key is there. Values may be anything (null for parts not built): no timing is asserted.
set -euo pipefail
bin=$1
bench="$(dirname "$bin")/readerdesk-bench"
# swift test may not have built it, or built it before the last change: build it beside $bin.
case "$bin" in */.build/debug/*) (cd "$(dirname "$0")/../.." && swift build --product readerdesk-bench >/dev/null 2>&1) ;; esac
[ -x "$bench" ] || { echo "bench: $bench is missing (swift build builds it)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset READERDESK_DB READERDESK_NOW
TMPDIR=$tmp "$bench" --readers 300 --events 5000 --json >"$tmp/out.json" 2>"$tmp/err" || {
  echo "bench: readerdesk-bench failed:" >&2; cat "$tmp/err" >&2; exit 1; }
python3 - "$tmp/out.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
keys = ["first_frame_ms", "key_to_frame_p50_ms", "key_to_frame_p99_ms", "search_p50_ms", "search_p99_ms",
        "search_process_p50_ms", "matrix_open_ms", "matrix_refresh_ms", "today_ms", "today_plan_ms", "pyramid_year_ms", "pyramid_sql_ms", "pyramid_vs_sql",
        "import_readers_ms", "import_usage_ms", "sqlite_import_usage_ms", "import_usage_vs_sqlite",
        "import_readers_peak_rss_mb", "import_usage_peak_rss_mb", "sqlite_import_index_usage_ms",
        "import_usage_vs_sqlite_indexed", "matrix_command_ms", "matrix_first_refresh_ms", "matrix_new_day_ms", "matrix_background_refresh_ms", "matrix_refresh_process_ms", "matrix_refresh_process_peak_rss_mb", "pyramid_process_ms", "pyramid_process_peak_rss_mb", "rss_hour_mb", "scroll_bytes_wide_tmux",
        "app_peak_rss_mb", "matrix_peak_rss_mb", "pyramid_peak_rss_mb",
        "move_bytes_max", "scroll_bytes_wide", "page_bytes_max", "full_screen_bytes", "rss_mb", "rss_peak_mb"]
missing = [k for k in keys if k not in r]
assert not missing, f"missing keys: {missing}"
bad = [k for k in keys if r[k] is not None and not isinstance(r[k], (int, float))]
assert not bad, f"not numbers: {bad}"
assert isinstance(r.get("info"), dict) and isinstance(r.get("notes"), dict), "info and notes must be objects"
PY
echo "bench: ok"
