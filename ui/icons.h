#pragma once

#include "rras/rrasclient.h"
#include "rras/serverpoller.h"

#include <QIcon>
#include <QStringList>
#include <QStringView>

#include <optional>

// The console's icons, in one place so that the icon set can change without touching the
// widgets. They come from the project's own SVG set (resources/icons, embedded as :/icons).
// Line art is drawn in the application palette's text colour when painted, so it stays legible on
// light and dark palettes and follows a palette change; states carry their own mid-tone colours.
// Every icon is scalable (crisp at any device pixel ratio).
namespace Icons {
QIcon serverState(ServerPoller::State state);
// Shown beside a server whose traffic is not encrypted (Basic over plain HTTP, allowed by the
// user for that server).
QIcon unencrypted();
// nullopt: still running ("Disconnecting…").
QIcon outcome(std::optional<DisconnectOutcomeKind> kind);
// An action's icon by name ("refresh", "disconnect", …, see actionNames()); null when unknown.
QIcon action(QStringView name);
QStringList actionNames();
// A tunnel type as the server names it ("Sstp", "Ikev2", "L2tp", "Pptp", case-insensitive);
// any other type gets the generic tunnel icon.
QIcon tunnelType(QStringView type);
QIcon application();
// A warning beside a message (the amber triangle also used for "invalid address").
QIcon warning();
// An error beside a message, something refused (the red badge also used for "failed").
QIcon error();
} // namespace Icons
