#!/usr/bin/env bash
# Shows how pyframe's output for conformance cases differs from the expected output.
# Usage: scripts/conf-diff.sh tests/conformance/x/y.py ...   (builds nothing: run `npm run build` first)
root=$(cd "$(dirname "$0")/.." && pwd)
for case in "$@"; do
  dir=$(dirname "$case"); base=$(basename "$case" .py)
  exp="$dir/$base.expected.json"
  echo "=== $case"
  got=$(cd "$dir" && timeout 20 node "$root/dist/pyframe.mjs" "$base.py" 2>/tmp/conf-diff-stderr; echo "exit=$?")
  want=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.stdout.write(d['stdout']); print('exit=%d' % d['exit_code'])" "$exp")
  diff <(echo "$want") <(echo "$got") | head -${LINES_SHOWN:-15}
  echo "--- stderr tail:"; tail -3 /tmp/conf-diff-stderr
  python3 -c "import json,sys; print('--- expected stderr last:', json.load(open(sys.argv[1]))['stderr_last_line'])" "$exp"
done
