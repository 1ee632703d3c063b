#!/bin/sh
# Set up Captionist from source and run it, its tests or its benchmark.
#
#   sh packaging/dev.sh run [ARGS]     install what is missing, then start the app
#   sh packaging/dev.sh test [ARGS]    install what is missing, then lint and run the tests
#   sh packaging/dev.sh test-slow      the slow suites (soak, packaging build)
#   sh packaging/dev.sh soak [ARGS]    only the soak: CAPTIONIST_SOAK_MINUTES per session (120)
#   sh packaging/dev.sh bench [ARGS]   the benchmark (writes docs/benchmarks.md)
#   sh packaging/dev.sh gpu-check      which CUDA libraries load; the GPU against the CPU
#   sh packaging/dev.sh screenshots    re-make the README's pictures under Xvfb
#   sh packaging/dev.sh translations   refresh resources/i18n/*.ts from app/, then compile them
#   sh packaging/dev.sh build [ARGS]   build the desktop app into dist/Captionist (PyInstaller)
#
# System packages come from apt-get when this runs as root on Debian or Ubuntu; otherwise
# the missing ones are named with the command that installs them. Python packages go into
# .venv beside this repository, reinstalled only when pyproject.toml changes.
set -eu
cd "$(dirname "$0")/.."

action=${1:-run}
[ $# -gt 0 ] && shift

RUN_PACKAGES="libportaudio2 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libegl1 libgl1
 libdbus-1-3 fonts-droid-fallback"
TEST_PACKAGES="pulseaudio pulseaudio-utils xvfb xdotool imagemagick espeak-ng sox"
BUILD_PACKAGES="binutils"  # PyInstaller reads libraries with objdump

missing_packages() {
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
            || printf '%s ' "$package"
    done
}

system_packages() {
    # $@: run, plus test and/or build for what those need on top
    command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: the README says what to get
    wanted="$RUN_PACKAGES"
    for kind in "$@"; do
        case "$kind" in
            test) wanted="$wanted $TEST_PACKAGES" ;;
            build) wanted="$wanted $BUILD_PACKAGES" ;;
        esac
    done
    python3 -c 'import ensurepip' 2>/dev/null || wanted="$wanted python3-venv"
    # shellcheck disable=SC2086
    missing=$(missing_packages $wanted)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "dev.sh: installing system packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "dev.sh: missing system packages: $missing" >&2
        echo "dev.sh: install them with: sudo apt-get install $missing" >&2
        if [ "$*" != run ]; then exit 1; fi  # the app may still start; tests and builds not
    fi
}

python_env() {
    # $1: the extras to install with Captionist (default: test; "test,build" adds PyInstaller)
    extras=${1:-test}
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
        echo "dev.sh: Captionist needs Python 3.11 or newer (found $(python3 --version))" >&2
        exit 1
    }
    [ -x .venv/bin/python ] || python3 -m venv .venv
    stamp=".venv/.captionist-installed-$extras"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".[$extras]"
        touch "$stamp"
    fi
}

compile_translations() {
    # The interface's .qm catalogues from resources/i18n/*.ts (only those out of date).
    .venv/bin/python packaging/translations.py compile
}

case "$action" in
    run)
        system_packages run
        python_env
        compile_translations
        exec .venv/bin/captionist "$@"
        ;;
    test)
        system_packages test
        python_env
        compile_translations
        .venv/bin/ruff check app tests packaging
        exec .venv/bin/python -m pytest "$@"
        ;;
    test-slow)
        system_packages test build
        python_env test,build  # the slow suites include building the desktop app
        exec .venv/bin/python -m pytest -m slow "$@"
        ;;
    soak)
        # Two sessions of speech and silence through the CLI at full speed; the 120-minute
        # default takes about 75 minutes on two cores, CAPTIONIST_SOAK_MINUTES=20 about 13.
        system_packages test
        python_env
        exec .venv/bin/python -m pytest -m slow -s tests/robustness/test_soak.py "$@"
        ;;
    bench)
        system_packages test
        python_env
        # The main benchmark (meeting_en, concurrency, silence, exits), the echo guard
        # (docs/benchmarks_echo.md), then real voices (files, live pairs, four sessions,
        # translation: docs/benchmarks_real.md).
        .venv/bin/python -m app.bench "$@"
        .venv/bin/python -m app.bench.echo
        exec .venv/bin/python -m app.bench.real
        ;;
    gpu-check)
        # Any machine: CUDA libraries, the CPU fallback, and where CUDA runs the embedded
        # model on the GPU against the CPU. "--random-model" proves CUDA without it.
        system_packages test
        python_env
        exec .venv/bin/python -m app.bench.gpu_check "$@"
        ;;
    screenshots)
        # Re-make docs/screenshot.png, docs/overlay.png and the German, Japanese and Chinese
        # windows docs/interface-*.png (the README shows them).
        system_packages test
        python_env
        compile_translations
        CAPTIONIST_SCREENSHOT_DIR=docs exec .venv/bin/python -m pytest -q \
            tests/ui/test_screenshots.py tests/ui/test_interface_language.py "$@"
        ;;
    build)
        # Build the desktop app: dist/Captionist/Captionist (see packaging/build.sh).
        system_packages build
        python_env test,build
        compile_translations  # the spec compiles them too; this fails early and clearly
        exec sh packaging/build.sh "$@"
        ;;
    translations)
        # After changing a marked string: every string of app/ into the .ts catalogues
        # (new ones unfinished, for translators), then the .qm files the app loads.
        python_env
        exec .venv/bin/python packaging/translations.py update compile
        ;;
    *)
        echo "usage: sh packaging/dev.sh run|test|test-slow|soak|bench|gpu-check|screenshots|build|translations [ARGS]" >&2
        exit 2
        ;;
esac
