#!/usr/bin/env bash
# Installs the Debian 12 packages RRAS Console needs, skipping those already installed.
#   scripts/deps.sh build   what building needs
#   scripts/deps.sh test    building plus what the tests need (pywinrm, X tools, sanitizer runtime)
set -euo pipefail

build_pkgs=(build-essential cmake ninja-build pkg-config
            qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
            qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev libkrb5-dev libssl-dev libpugixml-dev)
test_pkgs=(python3 python3-winrm python3-requests-ntlm xvfb xauth desktop-file-utils appstream)
# Negotiate: NTLM as a GSSAPI mechanism at run time; tests make a Kerberos realm on loopback
# (krb5-kdc, krb5-admin-server, krb5-user) and drive pywinrm's NTLM and Kerberos transports.
build_pkgs+=(gss-ntlmssp)
test_pkgs+=(python3-requests-kerberos krb5-kdc krb5-admin-server krb5-user)
# Qt's own dialogs (QMessageBox buttons, QFileDialog) in German, French, Spanish: qtbase_<lang>.qm.
build_pkgs+=(qt6-translations-l10n)
# The keychain tests: a private Secret Service (tests/keyring/with-keyring.sh).
test_pkgs+=(gnome-keyring libsecret-1-0 libsecret-tools dbus)

# The PDF report tests read the PDF's text with pdftotext.
test_pkgs+=(poppler-utils)
# The ASan+UBSan run of the suite (preset asan, .ci/run) and the fuzz targets (scripts/fuzz.sh):
# clang, and its sanitizer and libFuzzer runtimes, which clang only recommends.
test_pkgs+=(clang libclang-rt-14-dev)

case "${1:-build}" in
    build) wanted=("${build_pkgs[@]}") ;;
    test) wanted=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
    *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}" >&2
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
