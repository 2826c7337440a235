#!/usr/bin/env bash
# FSW Desk on Linux, for one user, no root needed.
#
#   ./install-linux.sh                      install or upgrade from the folder this script is in
#   ./install-linux.sh --from DIR           ... from another built folder (e.g. dist/fsw-desk)
#   ./install-linux.sh --uninstall          remove the program; asks whether to keep the profile
#   ./install-linux.sh --uninstall --keep-profile | --remove-profile   the same, without asking
#
# Program:  ~/.local/opt/fsw-desk/       (fsw-desk and fsw, with links in ~/.local/bin)
# Menu:     ~/.local/share/applications/fsw-desk.desktop, icons in ~/.local/share/icons/hicolor
# Profile:  ${XDG_DATA_HOME:-~/.local/share}/FSW Desk/profile  (encrypted; backups/ inside)
# Settings: ${XDG_CONFIG_HOME:-~/.config}/FSW Desk/            (window size and text size only)
# An upgrade replaces only the program; the profile is upgraded on first unlock, after an
# automatic encrypted backup. Uninstalling removes the profile unless you choose to keep it.
set -euo pipefail

PREFIX=${PREFIX:-$HOME/.local}
APP_DIR=$PREFIX/opt/fsw-desk
BIN_DIR=$PREFIX/bin
SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
DESKTOP_DIR=$SHARE/applications
ICON_DIR=$SHARE/icons/hicolor
PROFILE_HOME=$SHARE/FSW\ Desk
SETTINGS_HOME=${XDG_CONFIG_HOME:-$HOME/.config}/FSW\ Desk
SIZES="16 24 32 48 64 128 256"

here=$(cd "$(dirname "$0")" && pwd)
from=$here
mode=install
profile_choice=ask
while [ $# -gt 0 ]; do
  case $1 in
    --from) from=$(cd "$2" && pwd); shift ;;
    --uninstall) mode=uninstall ;;
    --keep-profile) profile_choice=keep ;;
    --remove-profile) profile_choice=remove ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DESKTOP_DIR" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICON_DIR" 2>/dev/null || true
}

install() {
  [ -x "$from/fsw-desk" ] && [ -d "$from/_internal" ] || {
    echo "no built FSW Desk in $from (expected fsw-desk and _internal/; build with: make package)" >&2; exit 2; }
  if [ "$from" = "$APP_DIR" ]; then echo "already installed in $APP_DIR"; exit 0; fi
  mkdir -p "$PREFIX/opt" "$BIN_DIR" "$DESKTOP_DIR"
  # Copy beside, then swap, so a failed copy never leaves half a program.
  rm -rf "$APP_DIR.new" "$APP_DIR.old"
  cp -a "$from" "$APP_DIR.new"
  [ -d "$APP_DIR" ] && mv "$APP_DIR" "$APP_DIR.old"
  mv "$APP_DIR.new" "$APP_DIR"
  rm -rf "$APP_DIR.old"
  ln -sfn "$APP_DIR/fsw-desk" "$BIN_DIR/fsw-desk"
  ln -sfn "$APP_DIR/fsw" "$BIN_DIR/fsw"
  local icons=$APP_DIR/_internal/resources/icons
  for s in $SIZES; do
    mkdir -p "$ICON_DIR/${s}x${s}/apps"
    cp "$icons/fsw-desk-$s.png" "$ICON_DIR/${s}x${s}/apps/fsw-desk.png"
  done
  mkdir -p "$ICON_DIR/scalable/apps"
  cp "$icons/fsw-desk.svg" "$ICON_DIR/scalable/apps/fsw-desk.svg"
  local desktop=$here/fsw-desk.desktop
  [ -f "$desktop" ] || desktop=$from/fsw-desk.desktop
  sed -e "s|^Exec=.*|Exec=\"$APP_DIR/fsw-desk\"|" -e "/^Exec=/a TryExec=$APP_DIR/fsw-desk" \
    "$desktop" > "$DESKTOP_DIR/fsw-desk.desktop"
  refresh_menus
  echo "FSW Desk installed in $APP_DIR (menu: Office > FSW Desk; command line: $BIN_DIR/fsw)."
  case ":$PATH:" in *":$BIN_DIR:"*) ;; *) echo "Add $BIN_DIR to PATH to run fsw-desk and fsw by name." ;; esac
}

uninstall() {
  rm -rf "$APP_DIR" "$APP_DIR.new" "$APP_DIR.old"
  for link in "$BIN_DIR/fsw-desk" "$BIN_DIR/fsw"; do
    [ -L "$link" ] && rm -f "$link"
  done
  rm -f "$DESKTOP_DIR/fsw-desk.desktop"
  for s in $SIZES; do rm -f "$ICON_DIR/${s}x${s}/apps/fsw-desk.png"; done
  rm -f "$ICON_DIR/scalable/apps/fsw-desk.svg"
  refresh_menus
  echo "FSW Desk program removed."
  if [ "$profile_choice" = ask ]; then
    if [ -t 0 ] && [ -d "$PROFILE_HOME" ]; then
      echo "Your profile (encrypted casework, with its automatic backups) is in: $PROFILE_HOME"
      read -r -p "Keep it on this computer? Only if you will reinstall or move it. [y/N] " answer
      case $answer in [yY]*) profile_choice=keep ;; *) profile_choice=remove ;; esac
    else
      profile_choice=remove
    fi
  fi
  if [ "$profile_choice" = keep ]; then
    echo "Profile kept in $PROFILE_HOME. Delete that folder to remove it later."
  else
    rm -rf "$PROFILE_HOME" "$SETTINGS_HOME"
    echo "Profile and settings removed ($PROFILE_HOME, $SETTINGS_HOME)."
  fi
  echo "A profile kept elsewhere (FSW_PROFILE or --profile) and backups you saved yourself are not touched."
}

"$mode"
