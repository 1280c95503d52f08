#pragma once

#include "rras/rrasclient.h"
#include "rras/serverpoller.h"

#include <QIcon>

#include <optional>

// The console's icons for states and outcomes, in one place so that the icon set can change
// without touching the widgets.
namespace Icons {
QIcon serverState(ServerPoller::State state);
// nullopt: still running.
QIcon outcome(std::optional<DisconnectOutcomeKind> kind);
} // namespace Icons
