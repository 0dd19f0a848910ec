#!/usr/bin/env bash
# Drives the real chat app in a real terminal (tmux): first run indexes the bundled corpus, then a
# question is typed and the screen must show an answer with its citation and source card.
# Usage: tests/tmux_chat_check.sh [NEWSQA_BIN]   (exit 0 when the answer with citations appears)
set -euo pipefail
bin=${1:-$(dirname "$0")/../.venv/bin/newsqa}
home=$(mktemp -d)
session="newsqa-check-$$"
# A server of its own (-L): other tmux sessions on the machine can neither resize nor end it.
tmux() { command tmux -L "$session" "$@"; }
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$home"' EXIT

wait_for() {  # wait_for TEXT SECONDS
  local deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if tmux capture-pane -p -t "$session" | grep -qF -- "$1"; then return 0; fi
    sleep 0.5
  done
  echo "timed out waiting for: $1" >&2
  tmux capture-pane -p -t "$session" >&2
  return 1
}

# COLUMNS/LINES (pytest sets them) would override the size Textual reads from the terminal.
tmux -f /dev/null new-session -d -s "$session" -x 120 -y 40 \
  "env -u COLUMNS -u LINES NEWSQA_HOME=$home $bin chat --offline"
tmux resize-window -t "$session" -x 120 -y 40 2>/dev/null || true
wait_for "Ask about 2 articles" 180  # the welcome: indexing has finished
tmux send-keys -t "$session" "How much aluminium could Russia supply to the US each year?" Enter
wait_for "[1] TRT World · Russia's Putin offers US aluminium" 120
screen=$(tmux capture-pane -p -t "$session")
grep -qF "2 million tons" <<<"$screen"
grep -qE "\[1\](\[[0-9]+\])*\." <<<"$screen"  # a cited sentence: "… [1]." or "… [1][2]."
tmux send-keys -t "$session" C-q
echo "$screen"
echo "tmux check: answer with citations shown"
