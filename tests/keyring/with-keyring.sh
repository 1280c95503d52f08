#!/bin/sh
# Runs a command with a private Secret Service: its own D-Bus session bus and an unlocked
# gnome-keyring, with HOME and XDG_RUNTIME_DIR in temporary folders so that nothing of the
# user's own keychain is touched. Exit 77 (ctest: skipped) when the packages are missing.
#   tests/keyring/with-keyring.sh COMMAND [ARGS...]
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed; install gnome-keyring, libsecret-1-0 and dbus" \
             "(scripts/deps.sh test) to test the keychain against a real Secret Service." >&2
        exit 77
    fi
done
found=""
for lib in /usr/lib/*/libsecret-1.so.0 /usr/lib/libsecret-1.so.0 /usr/lib64/libsecret-1.so.0; do
    [ -e "$lib" ] && found="$lib"
done
if [ -z "$found" ]; then
    echo "SKIP: libsecret-1-0 is not installed (scripts/deps.sh test)." >&2
    exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
# Not exec: the trap removes the folders when the session ends.
dbus-run-session -- sh -c '
    echo -n test-keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
