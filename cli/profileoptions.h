#pragma once

#include "commandline.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

// rrasctl and the console's saved servers: --profile NAME takes a server as the console's server
// dialog saved it (address, user, authentication, ComputerName, envelope size, timeout, trusted
// certificates and the pinned certificate), from the user's console settings or from
// --settings FILE. The password then comes from the console's keychain entry first.

// --profile NAME, --settings FILE and --pin SHA256 (which also works with --server).
class ProfileOptions
{
public:
    ProfileOptions();
    QList<QCommandLineOption> options() const;
    // Reads them into `o`. With --profile, the options in `conflicting` (those the profile
    // decides: --server, --user, ...) must not be given. Returns a usage error, or "".
    QString read(const QCommandLineParser &parser, const QList<QCommandLineOption> &conflicting,
                 const QCommandLineOption &serverOption, CliOptions &o) const;

private:
    QCommandLineOption m_profile;
    QCommandLineOption m_settings;
    QCommandLineOption m_pin;
};

// Fills the profile's fields into `options` (options->profile names it). False with *error set
// when the settings hold no such server or it cannot be used.
bool applySavedProfile(CliOptions *options, QString *error);

// The password the console keeps in the keychain for the server `key` (a profile id). Runs the
// application's event loop until the keychain answers: call from main() only, before the command
// starts. nullopt when there is none or no keychain; *problem then says why (for --verbose).
std::optional<QString> readPasswordFromKeychain(const QString &key, QString *problem);
