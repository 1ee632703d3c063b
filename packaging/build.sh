#!/bin/sh
# Build the desktop app with PyInstaller (packaging/captionist.spec).
#
#   sh packaging/build.sh [PYINSTALLER ARGS]
#
# Output: dist/Captionist/ (the program Captionist and its _internal/ folder); on macOS
# also dist/Captionist.app. Extra arguments go to PyInstaller, e.g.
# `--distpath /tmp/dist --workpath /tmp/work` to build somewhere else.
#
# Python comes from $PYTHON, else .venv/bin/python, else python3; it needs Captionist and
# its build extra installed (pip install -e ".[build]"). `sh packaging/dev.sh build` does
# that first. Runs on Linux and macOS, and in Git Bash on Windows.
set -eu
cd "$(dirname "$0")/.."

if [ -z "${PYTHON:-}" ]; then
    PYTHON=python3
    [ -x .venv/bin/python ] && PYTHON=.venv/bin/python
fi
"$PYTHON" -c 'import PyInstaller, app' 2>/dev/null || {
    echo "build.sh: $PYTHON lacks PyInstaller or Captionist; install them with:" >&2
    echo "build.sh:   $PYTHON -m pip install -e '.[build]'" >&2
    exit 1
}

# Where the result lands: dist/ unless --distpath says otherwise.
distpath=dist
previous=
for argument in "$@"; do
    case "$previous" in --distpath) distpath=$argument ;; esac
    case "$argument" in --distpath=*) distpath=${argument#--distpath=} ;; esac
    previous=$argument
done

started=$(date +%s)
# --clean: no stale analysis from another checkout or Python; --noconfirm: replace the
# previous dist/Captionist without asking.
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN packaging/captionist.spec "$@"
took=$(($(date +%s) - started))

echo "build.sh: built $distpath/Captionist in ${took} s ($(du -sh "$distpath/Captionist" | cut -f1))"
[ -d "$distpath/Captionist.app" ] && echo "build.sh: macOS bundle: $distpath/Captionist.app"
exit 0
