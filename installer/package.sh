#!/usr/bin/env bash
# Build the one-folder Linux bundle (dist/fsw-desk/) from installer/fsw-desk.spec, then prove it
# works with nothing of ours on its path: every bundled library finds its Qt dependencies, the
# app's --self-test passes offscreen, and the command line creates and checks a profile.
# Run by `make package`; PYTHON may point at another interpreter that has PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DIST=$ROOT/dist
BUNDLE=$DIST/fsw-desk

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$ROOT/build" installer/fsw-desk.spec
built=$(date +%s)
# The Linux per-user installer and menu entry travel with the folder.
cp installer/install-linux.sh installer/fsw-desk.desktop "$BUNDLE/"
echo "built $BUNDLE in $((built - start))s, $(du -sh "$BUNDLE" | cut -f1)"

# A kept Qt plugin that needs a Qt library the spec dropped would only fail when it loads.
# (System libraries missing here, such as Wayland's on a headless builder, come from the desktop.)
missing=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name fsw -o -name fsw-desk \) -print0 |
  xargs -0 -n1 env LD_LIBRARY_PATH="$BUNDLE/_internal" ldd 2>/dev/null |
  grep -E '(libQt6|libpyside6|libshiboken6|libpython)[^ ]* => not found' | sort -u || true)
if [ -n "$missing" ]; then
  echo "bundle is missing libraries:" >&2
  echo "$missing" >&2
  exit 1
fi

# Run from outside the repo with a bare environment, so neither the source tree nor .venv is importable.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run() { (cd "$scratch" && env -i PATH=/usr/bin:/bin HOME="$HOME" QT_QPA_PLATFORM=offscreen "$@"); }
run "$BUNDLE/fsw-desk" --self-test

run FSW_PASSPHRASE="bundle check only never real data" "$BUNDLE/fsw" --profile "$scratch/p" init \
  --worker "Bundle Check" --desk "Bundle check desk" --role worker >/dev/null
run FSW_PASSPHRASE="bundle check only never real data" "$BUNDLE/fsw" --profile "$scratch/p" check
echo "package ok in $(( $(date +%s) - start ))s: $BUNDLE"
