#pragma once

#include "serverprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

// Server profiles in QSettings, and the server list as JSON for import and export. A profile holds
// no secret, and nothing here ever writes one: passwords live in the OS keychain
// (CredentialStore), keyed by the profile id.
//
// Settings layout: the array "servers" (servers/size, servers/1/id, servers/1/name, ...), the keys
// those of the JSON objects below. Certificates are PEM text, the pin hex.
class ProfileStore final
{
public:
    // `settings` is not owned and must outlive the store.
    explicit ProfileStore(QSettings *settings);

    // The profiles in their saved order. Entries without an id or a usable http(s) URL are skipped.
    QList<ServerProfile> load() const;
    // Replaces every saved profile (their order is kept) and syncs the settings.
    void save(const QList<ServerProfile> &profiles);
    // The profile whose name (case-insensitive) or id is `nameOrId`; a name matches before an id.
    std::optional<ServerProfile> find(const QString &nameOrId) const;

    // {"format": "rras-console-servers", "version": 1, "servers": [ {...}, ... ]}, indented UTF-8.
    static QByteArray toJson(const QList<ServerProfile> &profiles);
    // The profiles of a document toJson() wrote (unknown keys are ignored; a profile without an id
    // gets a new one). Empty with *error set when the document is not such a list or a profile in
    // it is unusable; a "password" key anywhere is refused, so that a secret never ends up in a
    // file by way of an import.
    static QList<ServerProfile> fromJson(const QByteArray &json, QString *error);

private:
    QSettings *m_settings;
};
