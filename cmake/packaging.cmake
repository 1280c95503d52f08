# The Debian package: `cpack -G DEB` in a build directory (scripts/package.sh does the whole run).
# It holds everything `cmake --install` installs under /usr: rras-console, rrasctl, rras-sim,
# the icons, the desktop file, the AppStream metainfo and the man pages.
set(CPACK_PACKAGE_NAME rras-console)
set(CPACK_PACKAGE_VENDOR "RRAS Console maintainers")
set(CPACK_PACKAGE_CONTACT
    "RRAS Console maintainers <maintainers@users.noreply.b-seed-8fbd089b.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "console for the VPN sessions of Windows RRAS servers")
set(CPACK_PACKAGE_DESCRIPTION
    "RRAS Console shows every live tunnel of several Windows RRAS VPN servers in one table, \
talking to them over WinRM (HTTP with Kerberos or NTLM message encryption, or HTTPS), and \
disconnects selected sessions by tunnel address with an outcome for each. \
rrasctl is the same backend on the command line; rras-sim simulates the RRAS WinRM interface \
for tests and for the demo (rras-console --demo).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # rras-console_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The shared libraries the binaries link (Qt incl. QtSvg, whose package also holds the SVG icon
# engine plugin; QtKeychain, GSSAPI, OpenSSL, libc...) come from dpkg-shlibdeps. What it cannot
# see is what Qt loads at run time by name: the SQLite driver of the history store. (The xcb
# platform plugin is part of libqt6gui6 on Debian 12.)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# NTLM through GSSAPI needs gss-ntlmssp; Qt's own dialogs in other languages need its
# translations; the keychain needs a Secret Service; Wayland sessions run natively with
# qt6-wayland (without it, through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gss-ntlmssp, qt6-translations-l10n, gnome-keyring | libkf5wallet-bin, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "krb5-user")

include(CPack)
