# Shared by the tmux checks (sourced, after `name=…`): a scratch library and the environment the
# checks run in, and helpers to read the app's screen and type into it. Not a check of its own:
# .ci/run runs only the scripts directly in .ci/e2e/.
tmp=$(mktemp -d)
sock="rd-$name-$$"
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
export READERDESK_DB=$tmp/lib.sqlite READERDESK_NOW=2026-11-02T09:00:00+08:00 HOME=$tmp READERDESK_AS=ci-admin
export TZ=Asia/Shanghai LANG=C.UTF-8 LC_ALL=C.UTF-8 READERDESK_LANG=en
unset NO_COLOR READERDESK_CONFIG XDG_CONFIG_HOME XDG_DATA_HOME

screen() { tmux -L "$sock" capture-pane -p -t app; }
fail() { echo "$name: $1; the screen was:" >&2; screen >&2; exit 1; }
# Polls the screen for up to 10 s: CI machines are slow.
wait_for() {
  for _ in $(seq 1 100); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "'$1' never appeared"
}
keys() { tmux -L "$sock" send-keys -t app "$@"; }
