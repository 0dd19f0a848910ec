#!/usr/bin/env bash
# Opens the chat in a real terminal (tmux) with its Chroma server down: the user must see one
# `error:` line and exit code 1, not a traceback printed after the UI let go of the screen.
# Usage: tests/tmux_chroma_down_check.sh NEWSQA_BIN PORT   (prints the pane; the caller checks it)
set -euo pipefail
bin=$1
port=$2
home=$(mktemp -d)
session="newsqa-down-$$"
# A server of its own (-L): other tmux sessions on the machine can neither resize nor end it.
tmux() { command tmux -L "$session" "$@"; }
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$home"' EXIT

wait_for() {  # wait_for TEXT SECONDS
  local deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if tmux capture-pane -p -S - -t "$session" | grep -qF -- "$1"; then return 0; fi
    sleep 0.5
  done
  echo "timed out waiting for: $1" >&2
  tmux capture-pane -p -S - -t "$session" >&2
  return 1
}

# The shell stays after newsqa ends (sleep) so the pane, and the exit code echoed, can be read.
tmux -f /dev/null new-session -d -s "$session" -x 120 -y 40 \
  "env -u COLUMNS -u LINES $bin --home $home --chroma-url http://127.0.0.1:$port chat;
   echo \"exit code: \$?\"; sleep 600"
wait_for "exit code:" 120
tmux capture-pane -p -J -S - -t "$session"  # -J: a long error line unwrapped
