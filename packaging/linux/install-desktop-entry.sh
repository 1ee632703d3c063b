#!/bin/sh
# Put Captionist in this user's application menu (or take it out again).
#
#   sh install-desktop-entry.sh              from the built Captionist folder
#   sh install-desktop-entry.sh --uninstall
#
# Copies the desktop entry, the AppStream metadata and the icons the build carries in
# _internal/share/ into ~/.local/share (or $XDG_DATA_HOME), with the entry pointing at the
# Captionist program beside this script. Nothing outside the user's own folders changes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
id=io.captionist.Captionist

refresh() {
    # Menus and icon caches notice new files by themselves on most desktops; these
    # make it immediate where the tools exist.
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml"
    find "$share/icons/hicolor" -name "$id.*" -type f -delete 2>/dev/null || true
    refresh
    echo "Captionist removed from the application menu."
    exit 0
fi

program="$here/Captionist"
[ -x "$program" ] && [ -d "$here/_internal/share" ] || {
    echo "install-desktop-entry.sh: run the copy in the built Captionist folder" >&2
    exit 1
}
mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
cp -R "$here/_internal/share/icons/hicolor" "$share/icons/"
cp "$here/_internal/share/metainfo/$id.metainfo.xml" "$share/metainfo/"
# The entry runs this folder's program; quoted, since the folder may hold spaces.
sed -e "s|^Exec=.*|Exec=\"$program\"|" -e "s|^TryExec=.*|TryExec=$program|" \
    "$here/_internal/share/applications/$id.desktop" > "$share/applications/$id.desktop"
refresh
echo "Captionist added to the application menu (it runs $program)."
