#pragma once

#include <QString>

#include <optional>

// Reads a password typed on the terminal without echoing it. `prompt` goes to standard error.
// nullopt when standard input is not a terminal (a script must use --password-env) or on EOF.
std::optional<QString> readPasswordFromTerminal(const QString &prompt);
